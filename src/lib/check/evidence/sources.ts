/**
 * The source texts as the evidence checks search them: normalised once per
 * report (./text.ts), with the passages the source credits to another
 * (content/sources/<file>.yaml) located in it.
 */
import { lineOf, type ReportEntry, type SiteContent } from '../../load/content.ts';
import { normaliseWording as normalise, quotedIn } from '../wording.ts';

export interface CreditedPassage {
  /** Who the source credits it to, and the words that name them. */
  to: string;
  names: string[];
  start: number;
  end: number;
}

export interface SearchableSource {
  report: ReportEntry;
  /** The whole source text, normalised. */
  text: string;
  passages: CreditedPassage[];
  /** What the source puts in quotation marks, normalised (../wording.ts). */
  quoted: string[];
}

/** Each report's source, by report id; a passage not found in its source is left out (sourceCreditProblems names it). */
export function searchableSources(site: SiteContent): Map<string, SearchableSource> {
  return new Map(
    site.reports.map((report) => {
      const text = normalise(report.sourceText);
      const passages = (report.sourceCredits?.data.credits ?? []).flatMap(({ to, names, passages }) =>
        passages.flatMap((p) => {
          const start = text.indexOf(normalise(p));
          return start < 0 ? [] : [{ to, names, start, end: start + normalise(p).length }];
        }),
      );
      return [report.id, { report, text, passages, quoted: quotedIn(report.sourceText) }];
    }),
  );
}

/** Every place `words` occurs in the normalised source. */
export function occurrences(source: SearchableSource, words: string): number[] {
  const needle = normalise(words);
  const found: number[] = [];
  if (!needle) return found;
  for (let i = source.text.indexOf(needle); i >= 0; i = source.text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Whether `words` lie inside quotation marks in the source, or hold a quotation whole with its marks. */
export function isQuoted(source: SearchableSource, words: string): boolean {
  const needle = normalise(words);
  return !!needle && source.quoted.some((q) => q.includes(needle) || needle.includes(`"${q}"`));
}

/** A credited passage that holds every occurrence of `words`; none where any occurrence is the outlet's own. */
export function creditedPassageOf(source: SearchableSource, words: string): CreditedPassage | undefined {
  const length = normalise(words).length;
  const at = occurrences(source, words);
  if (!at.length) return undefined;
  // A passage holds an occurrence that overlaps it.
  const holders = at.map((i) => source.passages.find((p) => p.start < i + length && i < p.end));
  return holders.every((h) => h && h.to === holders[0]!.to) ? holders[0] : undefined;
}

/** Passages in content/sources/<file>.yaml that are not word for word in the source beside it. */
export function sourceCreditProblems(site: SiteContent): string[] {
  return site.reports.flatMap((report) => {
    const credits = report.sourceCredits;
    if (!credits) return [];
    const text = normalise(report.sourceText);
    return credits.data.credits.flatMap((c, i) =>
      c.passages.flatMap((p, j) =>
        text.includes(normalise(p))
          ? []
          : [`${credits.filePath}:${lineOf(credits, ['credits', i, 'passages', j])}: credits[${i}].passages[${j}]: “${short(p)}” is not word for word in ${report.data.sourceFile}; copy the passage from it`],
      ),
    );
  });
}

/** A long text cut for a message. */
export const short = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
