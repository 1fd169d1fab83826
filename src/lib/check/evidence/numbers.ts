/**
 * No figure without its source: every number a statement gives (in digits or
 * in words, and a count the data gives as a number) is in its evidence. A
 * number changed in the content without its evidence stops the build.
 */
import type { CheckedStatement } from './statements.ts';
import { numbersIn } from './text.ts';

export function numberProblems(statements: CheckedStatement[]): string[] {
  return statements
    .filter((s) => s.evidence.length)
    .flatMap(({ at, field, text, evidence, counts }) => {
      const given = new Set(evidence.flatMap((g) => g.words.flatMap(numbersIn)));
      const missing = [...new Set([...numbersIn(text), ...counts])].filter((n) => !given.has(n));
      return missing.map(
        (n) => `${at}: ${field}: the number ${n} is not in its evidence; add the source words that give it, or correct the number`,
      );
    });
}
