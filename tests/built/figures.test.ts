/**
 * Every figure of where the freed went, as the built pages show it, in both builds: worded as the
 * content words it (the key numbers: each count followed by its figure's `label`) and credited as
 * the source credits it (src/lib/model/figures.ts), in the cell itself wherever a table's column
 * names only the outlet: "114, citing …", not a bare "114" under "Al Jazeera".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { countriesPage } from '../../src/lib/model/countries-page.ts';
import { citingWords } from '../../src/lib/model/attribution.ts';
import { builtDist, SITES } from '../support/sites.ts';

const text = (el: HTMLElement) => el.textContent.replace(/\s+/g, ' ').trim();

/** The rows of a table headed "Country | outlet | outlet …", each cell under its outlet. */
function cellsByOutlet(table: HTMLElement): Map<string, Map<string, string>> {
  const outlets = table.querySelectorAll('thead th').slice(1).map(text);
  return new Map(
    table.querySelectorAll('tbody tr').map((tr) => [
      text(tr.querySelector('th')!),
      new Map(tr.querySelectorAll('td').map((td, i) => [outlets[i], text(td)])),
    ]),
  );
}

describe.each(SITES)('the figures of $name', (built) => {
  const dist = builtDist(built);
  const site = buildModel(loadContent(built.content));
  const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));
  const facts = keyFacts(site);

  it('has counted figures to check', () => expect(facts.destinations.length).toBeGreaterThan(0));

  it("the home page's key numbers give each count in its figure's own words, with the figure's credit", () => {
    const items = page('').querySelectorAll('.figures li').map(text);
    for (const d of facts.destinations) {
      expect(items, `${d.count} ${d.label}`).toContainEqual(expect.stringContaining(`${d.count} ${d.label} ${d.citation.attribution}`));
    }
  });

  it("a table headed by outlets credits each figure in its cell, as the source does (the home page's map's, the summary's)", () => {
    const tables = [
      ...page('').querySelectorAll('.locator-map table'),
      page('summary').querySelector('section[aria-labelledby="s-where"] table')!,
    ];
    for (const table of tables) {
      const cells = cellsByOutlet(table);
      for (const { country, figures } of site.destinations) {
        for (const f of figures) {
          const cell = cells.get(country.data.name)?.get(f.outlet);
          if (cell === undefined) continue;
          if (f.cited.length) expect(cell, `${country.data.name}, ${f.outlet}`).toContain(citingWords(f.cited));
          if (f.count !== undefined) expect(cell).toContain(String(f.count));
        }
      }
    }
  });

  it("the countries page lists each figure once, in its note, credited as the model credits it, and its chart's labels credit them too", () => {
    const countries = page('countries');
    const { listing } = countriesPage(site);
    expect(listing.length).toBeGreaterThan(0);
    for (const { country, rows } of listing) {
      const group = countries.querySelector(`.figure-listing th#${country.id}`)!.closest('tbody')!;
      const shown = group.querySelectorAll('tr').slice(1).map((tr) => tr.querySelectorAll('td').map(text));
      expect(shown).toEqual(rows.map((r) => [r.citation.attribution, r.figure.note]));
      expect(group.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(rows.map((r) => r.citation.href));
    }
    expect(countries.querySelectorAll('.figure-listing')).toHaveLength(1);
    // Content with no country on the map shows the chart instead, its labels each a line of its own.
    if (!countries.querySelector('.destination-chart')) return;
    for (const { country, figures } of site.destinations) {
      const chart = countries.querySelectorAll(`.destination-chart [data-country="${country.id}"] .picture-label`).map(text).join(' ');
      for (const f of figures) expect(chart).toContain(f.credit);
    }
  });
});
