/**
 * Credit where the source gives it: a statement whose evidence lies in a
 * passage the source credits to someone else (content/sources/<file>.yaml:
 * "As BBC News reported", "Officials told Reuters", "the centre said") names
 * them, in its words or its credit (a `credit`, or its section's credited outlet).
 */
import type { CheckedStatement } from './statements.ts';
import { creditedPassageOf, short, type SearchableSource } from './sources.ts';
import { normaliseWording as normalise } from '../wording.ts';

export function creditProblems(statements: CheckedStatement[], sources: Map<string, SearchableSource>): string[] {
  return statements.flatMap(({ at, field, text, credit, evidence }) => {
    const said = normalise(`${text} ${credit ?? ''}`);
    return evidence.flatMap(({ report, words }) => {
      const source = sources.get(report);
      if (!source) return [];
      return words.flatMap((w) => {
        const passage = creditedPassageOf(source, w);
        if (!passage || passage.names.some((n) => said.includes(normalise(n)))) return [];
        return [
          `${at}: ${field}: its evidence “${short(w)}” is in a passage ${source.report.data.sourceFile} credits to ${passage.to}; ` +
            `name them in the statement (${passage.names.map((n) => `“${n}”`).join(' or ')}), or give it credit: ${passage.to}`,
        ];
      });
    });
  });
}
