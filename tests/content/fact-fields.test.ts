/**
 * The fields that state a fact are marked in their schema (fact() in
 * src/lib/load/schemas.ts), and the evidence checks read that mark: a marked
 * field that loses its evidence is refused, in every collection.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { factFields, schemas } from '../../src/lib/load/schemas';
import { loadContent } from '../../src/lib/load/content';
import { contentProblems } from '../../src/lib/check';
import { CONTENT } from '../../scripts/lib/paths';

const content = loadContent(CONTENT);

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
