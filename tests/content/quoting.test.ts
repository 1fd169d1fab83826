/**
 * The site says a report or a person "quotes" someone only for words the
 * source puts in quotation marks (src/lib/check/evidence/quoting.ts): a
 * statement saying so that rests on reported speech alone is refused, naming
 * the file, the line and the field; one whose evidence holds quoted words
 * passes. Broken copies of the real content go through the whole pipeline.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineOf, loadContent } from '../../src/lib/load/content.ts';
import { statementsOf } from '../../src/lib/check/evidence/statements.ts';
import { isQuoted, searchableSources } from '../../src/lib/check/evidence/sources.ts';
import { quotingProblems } from '../../src/lib/check/evidence/quoting.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

afterAll(removeContentCopies);

const content = loadContent(CONTENT);
const sources = searchableSources(content);
const saysQuotes = (p: string) => p.includes(': the statement says "quot');
const REPORTED_SPEECH = 'write "says", "told" or "according to" for reported speech';

// A person whose description rests only on words the sources do not quote, written on one line of its file.
const person = content.people.find(
  (p) =>
    Object.entries(p.data.evidence.description ?? {}).every(([report, words]) => words.every((w) => !isQuoted(sources.get(report)!, w))) &&
    readFileSync(p.filePath, 'utf8').includes(`description: ${p.data.description}\n`),
)!;
/** A description made to say that a report quotes the person. */
const quoting = (description: string) => `${description.replace(/\.$/, '')}; a report quotes them.`;

describe('a statement saying "quotes"', () => {
  it('that rests on reported speech alone is refused, at the line of its evidence', () => {
    expect(person, 'a person described from reported speech').toBeDefined();
    const dir = contentCopy((d) => {
      const file = join(d, 'people', `${person.id}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(`description: ${person.data.description}\n`, `description: ${quoting(person.data.description)}\n`));
    });
    const sourceFiles = Object.keys(person.data.evidence.description!).map((r) => content.reports.find((x) => x.id === r)!.data.sourceFile);
    const file = shown(dir, `people/${person.id}.yaml`);
    const refused = problemsOf(dir).filter((problem) => saysQuotes(problem) && problem.startsWith(`${file}:`));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatch(
      new RegExp(`^${RegExp.escape(`${file}:${lineOf(person, ['evidence', 'description'])}: description: the statement says "quotes", but its evidence “`)}`),
    );
    expect(refused[0]).toContain(`” is not in quotation marks in ${sourceFiles.join(' or ')}; ${REPORTED_SPEECH}`);
  });

  it('passes once its evidence holds words the source quotes', () => {
    const c = structuredClone(content);
    const [report] = Object.keys(person.data.evidence.description!);
    const quoted = sources.get(report)!.quoted[0];
    const edited = c.people.find((x) => x.id === person.id)!;
    edited.data.description = quoting(person.data.description);
    const refused = () => quotingProblems(statementsOf(c).statements, sources).filter((problem) => problem.startsWith(`${person.filePath}:`));
    expect(refused()).toHaveLength(1);
    edited.data.evidence.description![report].push(quoted);
    expect(refused()).toEqual([]);
  });

  it('that rests on no source words is refused', () => {
    const statement = { at: 'content/x.yaml:3', field: 'says[0]', text: 'The report is quoting him.', evidence: [], basis: 'An editor read it.', counts: [] };
    expect(quotingProblems([statement], sources)).toEqual([
      `content/x.yaml:3: says[0]: the statement says "quoting", but it rests on no source words; give the quoted words as its evidence, or ${REPORTED_SPEECH}`,
    ]);
  });
});

describe('the real content', () => {
  it('says "quotes" only where its evidence holds quoted words', () => {
    const quoting = statementsOf(content).statements.filter((s) => /\bquot(es|ed|ing)\b/i.test(s.text));
    expect(quoting.length, 'statements that say a report quotes someone').toBeGreaterThan(0);
    expect(quotingProblems(quoting, sources)).toEqual([]);
  });
});
