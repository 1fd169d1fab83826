/**
 * Own words, measured: the words of a text as the own-words tests compare them
 * (case, punctuation and apostrophes aside), and the longest run of them a
 * text shares with a source.
 */

export const words = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’‘'`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The longest run of consecutive words `text` shares with `source`. */
export function longestSharedRun(text: string[], source: string[]): string[] {
  const at = new Map<string, number[]>();
  source.forEach((w, j) => at.set(w, [...(at.get(w) ?? []), j]));
  let best = { end: -1, length: 0 };
  let previous = new Map<number, number>();
  text.forEach((w, i) => {
    const current = new Map<number, number>();
    for (const j of at.get(w) ?? []) {
      const length = (previous.get(j - 1) ?? 0) + 1;
      current.set(j, length);
      if (length > best.length) best = { end: i, length };
    }
    previous = current;
  });
  return text.slice(best.end - best.length + 1, best.end + 1);
}
