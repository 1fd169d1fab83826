/**
 * Nothing imported: every fact-bearing field of every entry either cites the
 * report sections it comes from, and the citation resolves, or carries an
 * editor's note that says what the site states and on what basis.
 *
 * A date the cited sources do not give (neither report has a calendar date)
 * must be an editor's note, never a citation; a name or spelling must be one
 * the cited report really uses.
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/index.ts';
import { factFields, schemas, type EditorsNote, type Source } from '../../src/lib/load/schemas.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
const site = buildModel(content);
const sourceText = (reportId: string) => site.get('reports', reportId).sourceText;

interface Fact {
  file: string;
  field: string;
  /** The value, where the sources can be searched for it (names, spellings, dates). */
  value?: string;
  kind: 'text' | 'spelling' | 'date';
  sources: Source[];
  note?: EditorsNote;
}

type Provenance = { cites: Record<string, Source[]>; notes: Record<string, EditorsNote> };
const own = (file: string, data: Provenance, field: string, kind: Fact['kind'] = 'text', value?: string): Fact => ({
  file,
  field,
  kind,
  value,
  sources: data.cites[field] ?? [],
  note: data.notes[field],
});
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Every field of the entry that its collection's schema marks fact() (src/lib/load/schemas.ts), so that a new
 * one is covered as soon as it is marked. Each cites its own sections, else those of the object it is in
 * (`cites.change` for `change.what`), else the entry's own: a sanction's or an event's `sources`, a claim's accounts.
 */
const marked = (collection: keyof typeof schemas, file: string, data: Provenance, entrySources: Source[] = []): Fact[] =>
  factFields(schemas[collection])
    .filter((field) => field.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data) !== undefined)
    .map((field) => ({ ...own(file, data, field), sources: data.cites[field] ?? data.cites[field.split('.')[0]] ?? entrySources }));

/** Every fact-bearing field of the content, with what backs it: the marked ones, and the names, spellings and dates. */
const facts: Fact[] = [
  ...content.people.flatMap(({ filePath: f, data }) => [
    ...marked('people', f, data),
    own(f, data, 'name', 'spelling', data.name),
    ...data.aliases.map((a) => ({ ...own(f, data, 'aliases', 'spelling', a), field: `aliases (${a})` })),
    ...(data.nationality ? [own(f, data, 'nationality')] : []),
  ]),
  ...content.reports.flatMap(({ id, filePath: f, data }) => [
    ...marked('reports', f, data),
    own(f, data, 'eventDate', 'date', isoDay(data.eventDate)),
    { file: f, field: 'released', kind: 'text' as const, sources: [{ report: id, section: data.released.section }] },
    ...data.keyPoints.map((k, i) => ({ file: f, field: `keyPoints[${i}]`, kind: 'text' as const, sources: [{ report: id, section: k.section }] })),
  ]),
  ...content.countries.flatMap(({ filePath: f, data }) => [
    ...data.roles.map((r, i) => ({ file: f, field: `roles[${i}]`, kind: 'text' as const, sources: r.sources })),
    ...(data.destination ?? []).map((d, i) => ({ file: f, field: `destination[${i}]`, kind: 'text' as const, sources: [d] })),
  ]),
  ...content.sanctions.flatMap(({ filePath: f, data }) => [
    ...marked('sanctions', f, data, data.sources),
    ...(data.change ? [own(f, data, 'change.date', 'date', isoDay(data.change.date))] : []),
  ]),
  ...content.claims.flatMap(({ filePath: f, data }) => [
    ...marked('claims', f, data, data.accounts.map(({ report, section }) => ({ report, section }))),
    ...data.accounts.map((a, i) => ({ file: f, field: `accounts[${i}]`, kind: 'text' as const, sources: [a] })),
  ]),
  ...content.events.flatMap(({ filePath: f, data }) => [...marked('events', f, data, data.sources), own(f, data, 'when', 'date', data.when)]),
];

/** A date as the cited text would have to give it: the year, and a month name where the date has a month. */
const dateGiven = (value: string, text: string) => {
  const [year, month] = value.split('-').map(Number);
  const monthName = month && new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1)));
  return text.includes(String(year)) && (!monthName || text.includes(monthName));
};

describe('every fact-bearing field cites a report section or carries an editor’s note', () => {
  it('covers every collection', () => expect(new Set(facts.map((f) => f.file.split('/').at(-2))).size).toBe(6));

  it.each(facts.map((f) => [`${f.file}: ${f.field}`, f]))('%s', (_, fact) => {
    const { sources, note, kind, value } = fact as Fact;
    expect(sources.length > 0 || note !== undefined, 'no citation and no editor’s note').toBe(true);
    // Every citation resolves to a section that exists.
    for (const s of sources) expect(() => site.cite(s)).not.toThrow();
    if (note) expect(note.basis.trim().length).toBeGreaterThan(0);
    if (kind === 'spelling' && sources.length) {
      expect(sources.some((s) => sourceText(s.report).includes(value!)), `no cited report spells it “${value}”`).toBe(true);
    }
    if (kind === 'date' && !note) {
      expect(sources.some((s) => dateGiven(value!, sourceText(s.report))), `no cited report gives ${value}: an editor’s note is needed`).toBe(true);
    }
  });

  it('an editor’s note names a field the entry has', () => {
    const all = [...content.people, ...content.reports, ...content.countries, ...content.sanctions, ...content.events, ...content.claims];
    for (const { filePath, data } of all) {
      const fields = Object.keys((data as { notes?: object }).notes ?? {});
      for (const field of fields) {
        const [head, tail] = field.split('.');
        const value = (data as unknown as Record<string, Record<string, unknown>>)[head];
        expect(value === undefined ? undefined : tail ? value[tail] : value, `${filePath}: notes.${field}`).toBeDefined();
      }
    }
  });

  it('catches a date no report gives, so this test can fail', () => {
    expect(dateGiven('2025-12-13', sourceText('al-jazeera'))).toBe(false);
    expect(dateGiven('2020', sourceText('al-jazeera'))).toBe(true);
  });
});
