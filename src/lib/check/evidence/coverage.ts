/**
 * Every statement rests on something: a statement without evidence is an
 * editor's note with its basis, and a fact-bearing field or sentence of the
 * retelling with neither is refused. Evidence written for a field its schema
 * does not mark fact() is refused too: no check would read it.
 */
import type { CheckedStatement, Uncovered, Unmarked } from './statements.ts';
import { short } from './sources.ts';

export function basisProblems(statements: CheckedStatement[]): string[] {
  return statements
    .filter((s) => !s.evidence.length && !s.basis?.trim())
    .map(
      ({ at, field, text }) =>
        `${at}: ${field}: “${short(text)}” has neither evidence nor an editor's basis; give the source words it rests on (evidence="…"), or basis="…" for the editor's own statement`,
    );
}

export function coverageProblems(uncovered: Uncovered[]): string[] {
  return uncovered.map(
    ({ at, field, text }) =>
      `${at}: ${field}: “${short(text)}” carries no evidence; give the source words it rests on (README.md, "Evidence"), or an editor's note with its basis`,
  );
}

export function unmarkedProblems(unmarked: Unmarked[]): string[] {
  return unmarked.map(
    ({ at, field, kind }) =>
      `${at}: ${field}: the field is not marked fact(), so nothing checks this ${kind}; mark the field fact() in src/lib/load/schemas.ts, or remove the ${kind}`,
  );
}
