import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { schemas, type CollectionName } from '../../src/lib/load/schemas.ts';
import { ContentError, fieldName, loadContent, parseEntry } from '../../src/lib/load/content.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const COLLECTIONS = Object.keys(schemas) as CollectionName[];

/** The problems the loader finds in a content folder: none, or every one it refused. */
function loadProblems(dir: string): string[] {
  try {
    loadContent(dir);
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

describe('every real content file', () => {
  it('matches its schema', () => expect(loadProblems(CONTENT)).toEqual([]));

  const content = loadContent(CONTENT);
  for (const collection of COLLECTIONS) {
    it(`${collection} has entries, one for every file in its folder`, () => {
      const files = readdirSync(join(CONTENT, collection)).filter((f) => /\.(mdx|ya?ml)$/.test(f));
      expect(content[collection].length).toBeGreaterThan(0);
      expect(content[collection].map((e) => e.filePath.split('/').at(-1)).sort()).toEqual(files.sort());
    });
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
    return { collection, file, field, message, text };
  }),
);

describe('bad input is rejected with the file and the field named', () => {
  it('covers at least eight kinds of bad input', () => expect(invalidCases.length).toBeGreaterThanOrEqual(8));

  for (const { collection, file, field, message, text } of invalidCases) {
    it(`${collection}/${file}: rejects ${field}`, () => {
      const filePath = `tests/fixtures/invalid/${collection}/${file}`;
      const { data, problems } = parseEntry(schemas[collection], text, filePath);
      expect(data).toBeUndefined();
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).toMatch(new RegExp(`^${RegExp.escape(filePath)}:\\d+: `));
      // A misspelt field is named as the key it is; any other problem as the field it is in.
      const named = problems.some((p) => p.includes(`: ${field}: `) || (p.includes('nrecognized key') && p.includes(`"${field}"`)));
      expect(named, problems.join('\n')).toBe(true);
      if (message) expect(problems.join('\n')).toContain(message);
    });
  }
});

describe('a refusal names the line', () => {
  it('of the field that is wrong', () => {
    const text = readFileSync(join(INVALID, 'countries/negative-count.yaml'), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes('count: -114')) + 1;
    expect(parseEntry(schemas.countries, text, 'x.yaml').problems).toEqual([
      `x.yaml:${line}: destination[0].count: expected a count of 0 or more`,
    ]);
  });
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
  // A YAML 1.1 reader turns an unquoted 2025-02-30 into a Date of 2 March, and an
  // unquoted year is a number: neither is text that can be checked.
  it('refuses a date YAML has read on its own, and says to quote it', () => {
    expect(messageOf(new Date('2025-03-02'))).toMatch(/^write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD" \("2025-12-13"\)/);
    const sanction = schemas.sanctions.safeParse({
      title: 'T',
      imposedBy: 'united-states',
      target: 'T',
      says: [{ text: 'T', basis: 'B' }],
      change: { announcedBy: 'coale', date: new Date('2025-12-13'), what: 'T' },
      sources: [{ report: 'r', section: 's' }],
    });
    expect(sanction.error?.issues.map((i) => `${fieldName(i.path)}: ${i.message}`)).toEqual([
      expect.stringMatching(/^change\.date: write the date in quotes, as a date written "YYYY-MM-DD"/),
    ]);
  });
  it('gives a report its dates as Date objects, at midnight UTC for a day', () => {
    const [report] = loadContent(CONTENT).reports;
    expect(report.data.eventDate.toISOString()).toMatch(/T00:00:00.000Z$/);
    expect(report.data.published).toBeInstanceOf(Date);
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
  it('accepts the user-assigned XA–XZ, for a place with no code of its own', () => {
    for (const code of ['XA', 'XM', 'XZ']) expect(schemas.countries.safeParse(country(code)).success).toBe(true);
  });
  it('rejects lower case, three letters and unassigned codes', () => {
    for (const code of ['by', 'BLR', 'UK', 'ZY', 'AA', 'xa']) expect(schemas.countries.safeParse(country(code)).success).toBe(false);
  });
});
