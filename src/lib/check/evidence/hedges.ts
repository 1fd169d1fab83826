/**
 * Hedges stay: where the evidence says "some", "at least", "about", "more
 * than", "reportedly", "expected", "likely", "would", "may", "not immediately
 * clear" or "said", the statement keeps it (./text.ts lists the wordings that
 * do), or, for "said", credits whoever says it.
 */
import type { CheckedStatement } from './statements.ts';
import { short } from './sources.ts';
import { droppedHedges } from './text.ts';

export function hedgeProblems(statements: CheckedStatement[]): string[] {
  return statements.flatMap(({ at, field, text, credit, evidence }) =>
    evidence.flatMap(({ words }) =>
      words.flatMap((w) =>
        droppedHedges(w, text, credit).map(
          (hedge) =>
            `${at}: ${field}: its evidence “${short(w)}” says “${hedge}”, which the statement drops; ` +
            (hedge === 'said' ? 'say who says it ("X said …", "according to X")' : `keep “${hedge}” (or its like) in the statement`),
        ),
      ),
    ),
  );
}
