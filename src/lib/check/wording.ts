/**
 * Wording, not typography: how the checks compare the site's quotations (and
 * evidence) with a source's text. Case, spacing, curly or straight quotes, an
 * ellipsis written … or ..., and the kind of dash (with or without spaces
 * around it) do not count; every word and every other mark does.
 */

/**
 * Each text normalised once per process: the checks ask for a report's whole
 * source text once per quotation and per credited passage, which at 400
 * reports was a third of a second.
 */
const seen = new Map<string, string>();
/**
 * About 400 texts a report: room for a build of 2,500 reports. Past it the memo starts
 * again, so that a long `astro dev` session, where every edit adds texts, keeps no more.
 */
const MAX_SEEN = 1_000_000;

export function normaliseWording(s: string): string {
  let normalised = seen.get(s);
  if (normalised === undefined) {
    normalised = s
      .normalize('NFC')
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/\.\.\./g, '…')
      .replace(/\s*[-‐‑‒–—―]\s*/g, ' - ')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(s, normalised);
  }
  return normalised;
}

/** A passage in quotation marks, in normalised text (every double quote, straight or curly, is `"`): the marks and, in group 1, what they hold. */
export const QUOTED = /"([^"]*)"/g;

/**
 * The words a text puts in quotation marks, normalised, read line by line as
 * the sources are written: straight "…" or curly “…”, and a quotation on a line
 * of its own opened with " and closed with ” or ".
 */
export function quotedIn(text: string): string[] {
  return text.split('\n').flatMap((line) => [...normaliseWording(line).matchAll(QUOTED)].map((m) => m[1]!));
}
