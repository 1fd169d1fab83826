/**
 * src/lib/model/summary.ts: the summary's composed sentences say no more than
 * the data. They keep the reports' qualifiers, mark where the reports differ,
 * credit each figure to whoever gives it, and mark the site's own dating.
 */
import { describe, expect, it } from 'vitest';
import { buildModel, sanctionsWith } from '../../src/lib/model';
import { whatHappened } from '../../src/lib/model/summary';
import { peopleIn } from '../../src/lib/load/report-body';
import { loadContent } from '../../src/lib/load/content';
import { CONTENT } from '../../scripts/lib/paths';

const content = loadContent(CONTENT);
const site = buildModel(content);
const text = whatHappened(site);
const all = text.join(' ');

/** The freed people a report names in the section that gives its count of the freed. */
const counted = new Set(site.reports.flatMap((r) => r.sections.filter((s) => s.id === r.data.released.section).flatMap(peopleIn)));
const freed = site.people.filter((p) => p.data.group === 'freed');

describe('whatHappened', () => {
  it('is sentences, and marks the event date as the site’s own', () => {
    for (const s of text) expect(s).toMatch(/^[A-Z0-9].*\.$/);
    expect(text[0]).toMatch(/^On \w+day, \d{1,2} \w+ \d{4} \(this site's dating\), /);
  });

  it('gives the number freed and, among them, only those a report counts among them', () => {
    for (const r of content.reports) expect(text[0]).toContain(String(r.data.released.count));
    for (const p of freed) expect(text[0].includes(p.data.name), p.id).toBe(counted.has(p.id));
  });

  it('names the others a report calls freed apart, with who names them, not among the number', () => {
    const others = freed.filter((p) => !counted.has(p.id));
    if (!others.length) return;
    const sentence = text.find((s) => s.includes(others[0].data.name))!;
    expect(sentence).toMatch(/without counting them among the \d+/);
    for (const p of others) {
      expect(sentence).toContain(p.data.name);
      for (const m of site.mentionsOf(p.id)) expect(sentence).toContain(m.attribution);
    }
  });

  it('credits each lifted sanction to who announced it, and keeps the reports’ own qualifiers', () => {
    const lifted = sanctionsWith(site, 'lifting-announced');
    expect(lifted.length).toBeGreaterThan(0);
    for (const { data } of lifted) {
      expect(all).toContain(`${site.get('people', data.change!.announcedBy).data.name}, `);
      expect(all).toContain('announced their lifting');
      // What each report says of them ("some of its sanctions"): kept word for word.
      for (const said of data.says) expect(all).toContain(said.text);
    }
    expect(all).not.toMatch(/\bIn return\b/);
  });

  it('credits the numbers to whoever gives them, citing another outlet where the report does', () => {
    const numbered = site.destinations.flatMap((d) => d.figures.filter((f) => f.count !== undefined));
    expect(numbered.length).toBeGreaterThan(0);
    for (const f of numbered) expect(all).toContain(f.citation.attribution);
    const givers = new Set(numbered.map((f) => f.citation.attribution));
    if (givers.size === 1) expect(all).toContain(`only ${[...givers][0]} gives numbers`);
  });

  it('never says a sanction stays in force, and says of the rest only that no report says they were lifted', () => {
    for (const { data } of sanctionsWith(site, 'no-lifting-reported')) expect(text.find((s) => s.includes(data.title))).toMatch(/^No report says that .* were lifted\.$/);
    expect(all).not.toMatch(/in force|other sets? of sanctions/);
  });

  it('follows the data when it changes', () => {
    const changed = structuredClone(content);
    changed.reports.forEach((r) => (r.data.released.count = 7));
    changed.sanctions.forEach((s) => delete s.data.change);
    const sentences = whatHappened(buildModel(changed));
    expect(sentences[0]).toContain('released 7 prisoners');
    expect(sentences.join(' ')).not.toContain('announced the lifting');
    expect(sentences.at(-1)).toMatch(/^No report says that .* were lifted\.$/);
  });

  it('gives each number its outlet when several outlets give numbers', () => {
    const changed = structuredClone(content);
    const [a, b] = changed.reports;
    const country = changed.countries.find((c) => c.data.destination?.some((f) => f.count !== undefined && !f.onward))!;
    const figure = country.data.destination!.find((f) => f.count !== undefined && !f.onward)!;
    const other = b ?? a;
    const section = buildModel(changed).reports.find((r) => r.id === other.id)!.sections[0].id;
    country.data.destination!.push({ report: other.id, section, count: figure.count! + 1, cities: [], onward: false, note: 'n' });
    const sentences = whatHappened(buildModel(changed)).join(' ');
    expect(sentences).not.toContain('only ');
    expect(sentences).toContain(`${figure.count! + 1} to ${country.data.name} (${other.data.outlet}`);
  });
});
