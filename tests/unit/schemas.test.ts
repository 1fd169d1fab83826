import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { schemas, type CollectionName } from '../../src/schemas';
import { fieldName, rawEntries, ROOT } from '../support/content';

const COLLECTIONS = Object.keys(schemas) as CollectionName[];

describe('every real content file', () => {
  for (const collection of COLLECTIONS) {
    const entries = rawEntries(collection);
    it(`content/${collection} has entries`, () => expect(entries.length).toBeGreaterThan(0));
    for (const entry of entries) {
      it(`${entry.filePath} matches the ${collection} schema`, () => {
        const result = schemas[collection].safeParse(entry.raw);
        expect(result.error?.issues ?? []).toEqual([]);
      });
    }
  }
});

/**
 * Each file under tests/fixtures/invalid/<collection>/ is one kind of bad
 * input; its first line names the field the error must point at.
 */
const INVALID = join(ROOT, 'tests/fixtures/invalid');
const invalidCases = COLLECTIONS.flatMap((collection) =>
  readdirSync(join(INVALID, collection)).map((file) => {
    const text = readFileSync(join(INVALID, collection, file), 'utf8');
    const field = /^# field: (\S+)/.exec(text)?.[1];
    if (!field) throw new Error(`${collection}/${file} must start with "# field: <name>"`);
    return { collection, file, field, data: parseYaml(text) };
  }),
);

describe('bad input is rejected with the field named', () => {
  it('covers at least eight kinds of bad input', () => expect(invalidCases.length).toBeGreaterThanOrEqual(8));

  for (const { collection, file, field, data } of invalidCases) {
    it(`${collection}/${file}: rejects ${field}`, () => {
      const result = schemas[collection].safeParse(data);
      expect(result.success).toBe(false);
      const named = result.error!.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys' ? issue.keys : [fieldName(issue.path)],
      );
      expect(named).toContain(field);
    });
  }
});

describe('the ISO code check', () => {
  const country = (code: string) => ({
    name: 'X',
    code,
    roles: [{ role: 'ally', sources: [{ report: 'r', section: 's' }] }],
  });
  it('accepts assigned codes and the EU', () => {
    for (const code of ['BY', 'UA', 'GB', 'EU']) expect(schemas.countries.safeParse(country(code)).success).toBe(true);
  });
  it('rejects lower case, three letters and unassigned codes', () => {
    for (const code of ['by', 'BLR', 'UK', 'XX']) expect(schemas.countries.safeParse(country(code)).success).toBe(false);
  });
});
