/**
 * A difference the home page lists under "Where the reports differ" says what
 * the reports say, so it rests on their words: `evidence` by report (or of one
 * report), not an editor's basis. Only then do the evidence checks hold its
 * numbers, its hedges and its credits ("Ukraine's coordination centre said …")
 * as they hold every other statement; a line resting on a basis had dropped them.
 */
import { lineOf, type SiteContent } from '../load/content.ts';

export function differenceProblems(site: SiteContent): string[] {
  return site.site.differences.flatMap(({ line }, i) =>
    'basis' in line
      ? [
          `${site.siteFile.filePath}:${lineOf(site.siteFile, ['differences', i, 'line', 'basis'])}: differences[${i}].line: rests on an editor's basis; ` +
            "a difference says what the reports say: give each report's words it rests on (evidence: { <report>: [words] }) in place of the basis",
        ]
      : [],
  );
}
