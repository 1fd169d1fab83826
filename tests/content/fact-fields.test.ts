/**
 * The fields that state a fact are marked in their schema (fact() in
 * src/lib/load/schemas.ts), and the evidence checks read that mark: a marked
 * field that loses its evidence is refused, in every collection; evidence
 * written for a field left unmarked, which no check would read, is refused too.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { factFields, schemas } from '../../src/lib/load/schemas.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { contentProblems } from '../../src/lib/check/index.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

const content = loadContent(CONTENT);

afterAll(removeContentCopies);

describe('factFields', () => {
  it('lists the marked fields of a schema, nested ones by their path, through optional wrappers', () => {
    const mark = <S extends z.ZodType>(s: S) => s.meta({ fact: true });
    const schema = z.strictObject({
      a: mark(z.string()),
      b: z.string(),
      c: z.strictObject({ d: mark(z.string()) }).optional(),
      // A marked field made optional (a claim's `why`) is still marked.
      e: mark(z.string()).optional(),
    });
    expect(factFields(schema)).toEqual(['a', 'c.d', 'e']);
  });

  for (const collection of ['people', 'sanctions', 'events', 'reports', 'claims'] as const) {
    it(`in ${collection}: a marked field without its evidence is refused`, () => {
      const fields = factFields(schemas[collection]);
      expect(fields.length).toBeGreaterThan(0);
      let tried = 0;
      for (const field of fields) {
        const c = structuredClone(content);
        const entry = c[collection].find((e) => (e.data as { evidence: Record<string, unknown> }).evidence[field]);
        if (!entry) continue;
        delete (entry.data as { evidence: Record<string, unknown> }).evidence[field];
        tried++;
        expect(contentProblems(c).join('\n'), `${collection} ${field}`).toMatch(new RegExp(`${RegExp.escape(entry.filePath)}:\\d+: ${RegExp.escape(field)}: .* carries no evidence`));
      }
      expect(tried, 'a marked field with evidence in the real content').toBeGreaterThan(0);
    });
  }
});

describe('evidence for a field not marked fact()', () => {
  // A person's nationality is no fact() field: evidence written for it would be checked by nothing.
  const person = content.people.find((p) => p.data.nationality === undefined && Object.keys(p.data.evidence).length)!;
  const file = `people/${person.id}.yaml`;
  const withNationality = (requireEvidence: boolean) => {
    const dir = contentCopy((d) => {
      const path = join(d, file);
      const yaml = readFileSync(path, 'utf8').replace(/^evidence:\n/m, 'nationality: belarus\nevidence:\n  nationality: { al-jazeera: [Belarus] }\n');
      writeFileSync(path, yaml);
      if (!requireEvidence) writeFileSync(join(d, 'site.yaml'), readFileSync(join(d, 'site.yaml'), 'utf8').replace(/^requireEvidence: true$/m, 'requireEvidence: false'));
    });
    const line = readFileSync(join(dir, file), 'utf8').split('\n').indexOf('  nationality: { al-jazeera: [Belarus] }') + 1;
    return { problems: problemsOf(dir), at: `${shown(dir, file)}:${line}` };
  };

  it('is refused, naming file, line and field, and what to do, whether or not evidence is required', () => {
    expect(factFields(schemas.people)).not.toContain('nationality');
    for (const required of [true, false]) {
      const { problems, at } = withNationality(required);
      expect(problems).toEqual([
        `${at}: evidence.nationality: the field is not marked fact(), so nothing checks this evidence; mark the field fact() in src/lib/load/schemas.ts, or remove the evidence`,
      ]);
    }
  });
});
