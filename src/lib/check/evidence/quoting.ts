/**
 * "Quotes" only for words in quotation marks: a statement in the site's voice
 * that says a report or a person "quotes" (or "quoted", "quoting", "in quotes")
 * someone rests on at least one evidence passage the source puts in quotation
 * marks. Words the source gives as reported speech ("She said the decision
 * …") are told, said or "according to", never quoted.
 */
import type { CheckedStatement } from './statements.ts';
import { isQuoted, short, type SearchableSource } from './sources.ts';

const QUOTING = /\bquot(?:es|ed|ing)\b/i;

export function quotingProblems(statements: CheckedStatement[], sources: Map<string, SearchableSource>): string[] {
  return statements.flatMap(({ at, field, text, evidence }) => {
    const word = text.match(QUOTING)?.[0].toLowerCase();
    if (!word) return [];
    const quoted = evidence.some(({ report, words }) => {
      const source = sources.get(report);
      return source && words.some((w) => isQuoted(source, w));
    });
    if (quoted) return [];
    const reportedSpeech = 'write "says", "told" or "according to" for reported speech';
    if (!evidence.length) return [`${at}: ${field}: the statement says "${word}", but it rests on no source words; give the quoted words as its evidence, or ${reportedSpeech}`];
    const passages = evidence.flatMap(({ words }) => words.map((w) => `“${short(w)}”`)).join(', ');
    const files = [...new Set(evidence.flatMap(({ report }) => sources.get(report)?.report.data.sourceFile ?? []))].join(' or ');
    return [`${at}: ${field}: the statement says "${word}", but its evidence ${passages} is not in quotation marks in ${files}; ${reportedSpeech}`];
  });
}
