import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/index.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { NAMED_AT_MOST, listOf, outletsOf, shortListOf } from '../../src/lib/model/words.ts';
import { loadContent as load, type SiteContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { editBody } from '../support/edit-report.ts';

const loadContent = () => load(CONTENT);
const real = buildModel(loadContent());

describe('mentionsOf', () => {
  it('links every person to at least one section that names them', () => {
    for (const person of real.people) expect(real.mentionsOf(person.id), person.id).not.toEqual([]);
  });
  it('cites sections of the right report, with their titles', () => {
    for (const person of real.people) {
      for (const m of real.mentionsOf(person.id)) {
        const report = real.reports.find((r) => r.id === m.report)!;
        const section = report.sections.find((s) => s.id === m.section)!;
        expect(m.href).toBe(`/reports/${m.report}/#${m.section}`);
        expect(m.sectionTitle).toBe(section.title);
        const spellings = [person.data.name, ...person.data.aliases].flatMap((n) => [n, n.split(' ').at(-1)!]);
        const tagged = [...section.people, ...section.quotations.map((q) => q.by)].includes(person.id);
        expect(tagged || spellings.some((n) => section.text.includes(n)), `${person.id} in ${m.href}`).toBe(true);
      }
    }
  });
  it("cites a section only where its own report's words name or quote the person, not an aside on another report", () => {
    for (const person of real.people) {
      const spellings = [person.data.name, ...person.data.aliases].flatMap((n) => [n, n.split(' ').at(-1)!]);
      for (const m of real.mentionsOf(person.id)) {
        const section = real.reports.find((r) => r.id === m.report)!.sections.find((s) => s.id === m.section)!;
        const own = [section.prose, ...section.quotations.map((q) => q.text)].join('\n');
        const named = section.ownPeople.includes(person.id) || section.quotations.some((q) => q.by === person.id);
        expect(named || spellings.some((n) => own.includes(n)), `${person.id} in ${m.href}`).toBe(true);
      }
    }
  });
  it('leaves out a section that names the person only in an aside, with or without a <Person> link', () => {
    const c = loadContent();
    const [here, other] = c.reports;
    editBody(here, (b) =>
      `${b}\n## Test {#test}\n\nNothing of note.\n\n<OtherReport report="${other.id}" section="${other.body.sections[0].id}">\n` +
      `<Person id="coale">John Coale</Person> spoke; so did Coale.\n</OtherReport>\n`,
    );
    expect(buildModel(c).mentionsOf('coale').map((m) => m.section)).not.toContain('test');
  });
  it('finds a name written without a <Person> link, in any spelling', () => {
    const untagged = real.reports
      .flatMap((r) => r.sections.map((s) => ({ r, s })))
      .filter(({ s }) => s.text.includes('Lukašenko') && !s.people.includes('lukashenko'));
    expect(untagged.length).toBeGreaterThan(0);
    const hrefs = real.mentionsOf('lukashenko').map((m) => m.href);
    for (const { r, s } of untagged) expect(hrefs).toContain(`/reports/${r.id}/#${s.id}`);
  });
  it('does not find a name inside another word', () => {
    const c = loadContent();
    editBody(c.reports[0], (b) => `${b}\n## Test {#test}\n\nThe Coalescence of things.\n`);
    expect(buildModel(c).mentionsOf('coale').map((m) => m.section)).not.toContain('test');
  });
  it('finds a person in every report that names them', () => {
    const reports = new Set(real.mentionsOf('tsikhanouskaya').map((m) => m.report));
    const naming = real.reports.filter((r) => r.data.people.includes('tsikhanouskaya')).map((r) => r.id);
    expect(naming.length).toBeGreaterThan(1);
    expect(reports).toEqual(new Set(naming));
  });
});

/** The real content with each report's "released" figure and the destinations replaced. */
function variant(released: number[], destinations: { country: string; report: string; count: number }[]): SiteContent {
  const c = structuredClone(loadContent());
  c.reports.forEach((r, i) => (r.data.released.count = released[i]));
  // Each figure cites a section its report has: the report's first.
  const firstSection = new Map(real.reports.map((r) => [r.id, r.sections[0].id]));
  for (const country of c.countries) {
    country.data.destination = destinations
      .filter((d) => d.country === country.id)
      .map((d) => ({ report: d.report, section: firstSection.get(d.report)!, count: d.count, cities: [], onward: false, note: 'n' }));
  }
  return c;
}

describe('keyFacts', () => {
  const ids = real.reports.map((r) => r.id);
  const [a, b] = ids;
  const released = (facts: ReturnType<typeof keyFacts>) => facts.released.map((f) => [f.count, f.citations.map((c) => c.report)]);

  it('has at least two reports to compare', () => expect(ids.length).toBeGreaterThanOrEqual(2));
  it('gives one figure, citing every report, when they agree on the number freed', () => {
    const facts = keyFacts(buildModel(variant(ids.map(() => 50), [])));
    expect(released(facts)).toEqual([[50, ids]]);
  });
  it('gives each figure with its report when they differ', () => {
    const facts = keyFacts(buildModel(variant(ids.map((_, i) => 50 + 10 * i), [])));
    expect(released(facts)).toEqual(ids.map((id, i) => [50 + 10 * i, [id]]));
  });
  it('gives a figure with every report that gives it when some agree and one differs', () => {
    const facts = keyFacts(buildModel(variant(ids.map((_, i) => (i === 0 ? 60 : 50)), [])));
    expect(released(facts)).toEqual([
      [60, [a]],
      [50, ids.slice(1)],
    ]);
  });
  /** The real content with its reports repeated, under new ids, until there are `total`, all giving one figure freed. */
  function reportsGiving(total: number) {
    const c = variant(ids.map(() => 50), []);
    for (let i = c.reports.length; i < total; i++) c.reports.push({ ...structuredClone(c.reports[i % ids.length]), id: `repeat-${i}` });
    return keyFacts(buildModel(c)).released;
  }
  it(`names up to ${NAMED_AT_MOST} reports for a figure, and counts none`, () => {
    const [figure] = reportsGiving(NAMED_AT_MOST);
    expect(figure.named.map((c) => c.report)).toEqual(figure.citations.map((c) => c.report));
    expect(figure.more).toBe(0);
  });
  it(`names the first ${NAMED_AT_MOST} reports for a figure given by more, and counts the rest`, () => {
    const [figure] = reportsGiving(NAMED_AT_MOST + 1);
    expect(figure.citations).toHaveLength(NAMED_AT_MOST + 1);
    expect(figure.named.map((c) => c.report)).toEqual(figure.citations.slice(0, NAMED_AT_MOST).map((c) => c.report));
    expect(figure.more).toBe(1);
  });
  it('lists destination counts largest first, once per report and figure', () => {
    const facts = keyFacts(
      buildModel(
        variant(
          ids.map(() => 1),
          [
            { country: 'lithuania', report: a, count: 3 },
            { country: 'ukraine', report: a, count: 7 },
            { country: 'ukraine', report: a, count: 7 },
            { country: 'ukraine', report: b, count: 6 },
          ],
        ),
      ),
    );
    expect(facts.destinations.map((d) => [d.country, d.count, d.citation.report])).toEqual([
      ['ukraine', 7, a],
      ['ukraine', 6, b],
      ['lithuania', 3, a],
    ]);
  });
  it('counts the sanctions whose lifting a report announces, and nothing "in force"', () => {
    const c = structuredClone(loadContent());
    expect(keyFacts(buildModel(c)).sanctionsLifted).toBe(c.sanctions.filter((s) => s.data.change).length);
    c.sanctions.forEach((s) => delete s.data.change);
    expect(keyFacts(buildModel(c))).toEqual(expect.not.objectContaining({ sanctionsInForce: expect.anything() }));
    expect(keyFacts(buildModel(c)).sanctionsLifted).toBe(0);
  });
});

describe('destinations', () => {
  it('are the countries with figures, the largest figure first', () => {
    const largest = real.destinations.map((d) => Math.max(0, ...d.figures.map((f) => f.count ?? 0)));
    expect(largest).toEqual([...largest].sort((a, b) => b - a));
    expect(real.destinations.map((d) => d.country.id).sort()).toEqual(
      real.countries.filter((c) => c.data.destination?.length).map((c) => c.id).sort(),
    );
  });
  it('give one figure per report that names the country, in the order of the reports', () => {
    const order = real.reports.map((r) => r.id);
    for (const { country, figures } of real.destinations) {
      const naming = order.filter((id) => country.data.destination!.some((f) => f.report === id));
      expect(figures.map((f) => f.report), country.id).toEqual(naming);
    }
  });
});

describe('spellingDifferences', () => {
  const textOf = (r: (typeof real.reports)[number]) => r.sections.map((s) => s.text).join('\n');
  it('shows how each report spells a name they spell differently', () => {
    const person = real.get('people', 'tsikhanouskaya').data;
    const naming = real.reports.filter((r) => [person.name, ...person.aliases].some((n) => textOf(r).includes(n)));
    expect(naming.length).toBeGreaterThan(1);
    const differences = real.spellingDifferences('tsikhanouskaya');
    // One entry per way of spelling it, however many reports write it so.
    expect(differences.length).toBeGreaterThan(1);
    expect(new Set(differences.map((d) => d.spellings.join('|'))).size).toBe(differences.length);
    // Every outlet that names her, under the spelling its reports use.
    expect(differences.flatMap((d) => d.outlets).sort()).toEqual([...new Set(naming.map((r) => r.data.outlet))].sort());
    for (const d of differences) {
      for (const outlet of d.outlets) {
        const ofOutlet = naming.filter((r) => r.data.outlet === outlet);
        for (const s of d.spellings) expect(ofOutlet.some((r) => textOf(r).includes(s)), `${outlet}: ${s}`).toBe(true);
      }
    }
  });
  it('is empty for a name spelled alike', () => expect(real.spellingDifferences('coale')).toEqual([]));
  it('does not grow with more reports that spell it as one already does', () => {
    const c = structuredClone(loadContent());
    for (let i = 0; i < 5; i++) c.reports.push({ ...c.reports[0], id: `copy-${i}` });
    expect(buildModel(c).spellingDifferences('tsikhanouskaya')).toEqual(real.spellingDifferences('tsikhanouskaya'));
  });
});

describe('claims', () => {
  it('come in their stated order', () => {
    const order = real.claims.map((c) => c.data.order);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
  it('are found by the people they concern', () => {
    for (const c of real.claims) for (const p of c.data.people) expect(real.claimsAbout(p)).toContain(c);
  });
});

describe('outletsOf', () => {
  const withOutlets = (outlets: string[]) => {
    const c = structuredClone(loadContent());
    c.reports = outlets.map((outlet, i) => ({ ...c.reports[i % c.reports.length], id: `r-${i}`, data: { ...c.reports[i % c.reports.length].data, outlet } }));
    // The claims cite the real reports, which these stand in for: the model is built from sound content only.
    c.claims = [];
    return buildModel(c);
  };
  it('names every outlet once', () => {
    expect(outletsOf(real)).toBe(listOf(real, [...new Set(real.reports.map((r) => r.data.outlet))]));
    expect(outletsOf(withOutlets(['A', 'B', 'A']))).toBe('A and B');
  });
  it('names four, then counts the others, so that no page grows with the reports', () => {
    expect(shortListOf(real, ['A', 'B', 'C', 'D', 'E', 'A'])).toBe('A, B, C, D and one other');
    expect(outletsOf(withOutlets(['A', 'B', 'C', 'D']))).toBe('A, B, C and D');
    expect(outletsOf(withOutlets(['A', 'B', 'C', 'D', 'E', 'F', 'A']))).toBe('A, B, C, D and two others');
  });
});
