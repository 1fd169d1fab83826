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
 * input; its first line names the field the error must point at, and an
 * optional "# message: …" line gives words the error must contain.
 */
const INVALID = join(ROOT, 'tests/fixtures/invalid');
const invalidCases = COLLECTIONS.flatMap((collection) =>
  readdirSync(join(INVALID, collection)).map((file) => {
    const text = readFileSync(join(INVALID, collection, file), 'utf8');
    const field = /^# field: (\S+)/.exec(text)?.[1];
    if (!field) throw new Error(`${collection}/${file} must start with "# field: <name>"`);
    const message = /^# message: (.+)$/m.exec(text)?.[1];
    return { collection, file, field, message, data: parseYaml(text) };
  }),
);

describe('bad input is rejected with the field named', () => {
  it('covers at least eight kinds of bad input', () => expect(invalidCases.length).toBeGreaterThanOrEqual(8));

  for (const { collection, file, field, message, data } of invalidCases) {
    it(`${collection}/${file}: rejects ${field}`, () => {
      const result = schemas[collection].safeParse(data);
      expect(result.success).toBe(false);
      const named = result.error!.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys' ? issue.keys : [fieldName(issue.path)],
      );
      expect(named).toContain(field);
      if (message) {
        const messages = result.error!.issues.filter((i) => fieldName(i.path) === field).map((i) => i.message);
        expect(messages.join('\n')).toContain(message);
      }
    });
  }
});

describe('dates', () => {
  const event = (when: unknown) => ({ when, title: 'T', text: 'T', sources: [{ report: 'r', section: 's' }] });
  const messageOf = (when: unknown) => schemas.events.safeParse(event(when)).error?.issues[0]?.message;

  it('accepts real days, months and years, 29 February in a leap year included', () => {
    for (const when of ['2020', '2025-12', '2025-12-13', '2024-02-29']) expect(messageOf(when)).toBeUndefined();
  });
  it('refuses days the calendar does not have', () => {
    for (const when of ['2025-02-29', '2025-04-31', '2025-02-30']) expect(messageOf(when)).toBe(`"${when}" is not a date in the calendar`);
  });
  // Astro reads YAML with js-yaml, which turns an unquoted 2025-02-30 into a
  // Date of 2 March before any schema sees it: only a quoted date can be checked.
  it('refuses a date YAML has read on its own, and says to quote it', () => {
    expect(messageOf(new Date('2025-03-02'))).toMatch(/^write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" \("2025-12-13"\)/);
    const sanction = schemas.sanctions.safeParse({
      title: 'T',
      imposedBy: 'united-states',
      target: 'T',
      status: 'lifted',
      change: { announcedBy: 'coale', date: new Date('2025-12-13'), what: 'T' },
      sources: [{ report: 'r', section: 's' }],
    });
    expect(sanction.error?.issues.map((i) => `${fieldName(i.path)}: ${i.message}`)).toEqual([
      expect.stringMatching(/^change\.date: write the date in quotes, as a date written "YYYY-MM-DD"/),
    ]);
  });
  it('gives a report its dates as Date objects, at midnight UTC for a day', () => {
    const [report] = rawEntries('reports').map((e) => schemas.reports.parse(e.raw));
    expect(report.eventDate.toISOString()).toBe('2025-12-13T00:00:00.000Z');
    expect(report.published).toBeInstanceOf(Date);
  });
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
