/**
 * Evidence is the source's own words: each passage a statement gives as its
 * evidence is found in its report's source text, word for word but for case,
 * spacing, quotes, `…`/`...` and dashes (./text.ts).
 */
import type { CheckedStatement } from './statements.ts';
import { occurrences, short, type SearchableSource } from './sources.ts';

export function evidenceFoundProblems(statements: CheckedStatement[], sources: Map<string, SearchableSource>): string[] {
  return statements.flatMap(({ at, field, evidence }) =>
    evidence.flatMap(({ report, words }) => {
      const source = sources.get(report);
      if (!source) return [`${at}: ${field}: evidence names no report "${report}"; use a report id from the reports folder`];
      return words
        .filter((w) => !occurrences(source, w).length)
        .map(
          (w) =>
            `${at}: ${field}: the evidence “${short(w)}” is not word for word in ${source.report.data.sourceFile} (${report}); ` +
            'copy the source words it rests on (case, spacing, quotes and dashes may differ, nothing else)',
        );
    }),
  );
}
