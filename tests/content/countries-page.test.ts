/**
 * src/lib/model/countries-page.ts: what /countries/ shows says each fact once. On the real content and
 * the second event, every role of every country is told exactly once (under the country, or once for
 * all who share it in the same words), but a destination's bare "where freed prisoners went", which
 * the listing tells; the listing gives every figure but those naming a place to go on to; and a
 * variant shows the rule deciding: a part told in other words under two countries is not shared.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { countriesPage } from '../../src/lib/model/countries-page.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const sameness = (role: string, says: string[]) => JSON.stringify([role, says]);

describe.each([CONTENT, join(ROOT, 'tests/fixtures/event')])('/countries/ of %s', (dir) => {
  const content = loadContent(dir);
  const site = buildModel(content);
  const page = countriesPage(site);
  const listed = new Set(page.listing.map((d) => d.country.id));

  it('lists every figure of every destination but those naming it only as a place to go on to', () => {
    const expected = site.destinations.flatMap((d) => d.rows.filter((r) => !r.figure.onward).map((r) => `${d.country.id}: ${r.figure.note}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(page.listing.flatMap((d) => d.rows.map((r) => `${d.country.id}: ${r.figure.note}`))).toEqual(expected);
  });

  it("tells each country's part once: its own, or once for all who share it in the same words", () => {
    for (const country of site.countries) {
      const told = [
        ...page.own(country).map((r) => sameness(r.role, r.says)),
        ...page.shared.filter((s) => s.countries.includes(country)).map((s) => sameness(s.role, s.says)),
      ];
      const expected = country.data.roles
        .filter((r) => !(listed.has(country.id) && r.role === 'received-prisoners' && !r.says.length))
        .map((r) => sameness(r.role, r.says.map((s) => s.text)));
      expect(told.sort(), country.id).toEqual(expected.sort());
    }
    for (const s of page.shared) {
      expect(s.countries.length).toBeGreaterThan(1);
      // Every section any of them rests on, each once.
      const hrefs = s.countries.flatMap((c) => c.data.roles.filter((r) => r.role === s.role).flatMap((r) => r.sources.map((x) => site.cite(x).href)));
      expect(s.citations.map((c) => c.href).sort()).toEqual([...new Set(hrefs)].sort());
    }
  });
});

describe('a part several countries share', () => {
  const content = loadContent(CONTENT);
  const shared = countriesPage(buildModel(content)).shared.find((s) => s.says.length)!;

  it('is told once, naming them all, where they share it in the same words (the real content has one, so this can fail)', () => {
    expect(shared.countries.length).toBeGreaterThan(1);
  });

  it('is told under each, where one of them words it otherwise', () => {
    const changed: SiteContent = structuredClone(content);
    const [first, ...rest] = shared.countries.map((c) => changed.countries.find((x) => x.id === c.id)!);
    const role = first.data.roles.find((r) => r.role === shared.role)!;
    role.says = [{ ...role.says[0], text: `${role.says[0].text} Otherwise worded.` }, ...role.says.slice(1)];
    const page = countriesPage(buildModel(changed));
    expect(page.shared.find((s) => s.role === shared.role && s.countries.includes(first))).toBeUndefined();
    expect(page.own(first).map((r) => r.role)).toContain(shared.role);
    if (rest.length === 1) expect(page.own(rest[0]).map((r) => r.role)).toContain(shared.role);
  });
});
