/**
 * A report's figure for a country (src/lib/model/figures.ts), as every page shows it: worded as the
 * report words it (each counted figure's `label`, from the content, checked against its evidence like
 * any statement), and credited as the source credits it: the outlet, citing the outlets its section
 * is credited to and whoever the source credits the words that give the number to
 * (content/sources/<file>.yaml).
 */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/lib/model/index.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { pageMeta } from '../../src/lib/model/page-meta.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { problemsOf, contentCopy, removeContentCopies, shown } from '../support/problems.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { DestinationFigure } from '../../src/lib/load/schemas.ts';
import { numbersIn } from '../../src/lib/check/evidence/text.ts';

afterAll(removeContentCopies);

const content = loadContent(CONTENT);
const site = buildModel(content);
const flat = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

const occurrences = (text: string, words: string) => flat(text).split(flat(words)).length - 1;

/** Who a report's source credits `words` to, read straight from the content: whoever's passages hold every place the words occur. */
function creditedWith(reportId: string, words: string[]): string[] {
  const report = content.reports.find((r) => r.id === reportId)!;
  const passages = report.sourceCredits?.data.credits ?? [];
  const holds = (p: string, w: string) => occurrences(p, w) > 0 && occurrences(p, w) === occurrences(report.sourceText, w);
  return passages.filter((c) => c.passages.some((p) => words.some((w) => holds(p, w)))).map((c) => c.to);
}

/** The words of a figure that give its number (all of them, where it gives none). */
const numberWords = (f: DestinationFigure) => {
  const giving = (f.evidence ?? []).filter((w) => f.count !== undefined && numbersIn(w).includes(f.count));
  return giving.length ? giving : (f.evidence ?? []);
};

const rows = site.destinations.flatMap((d) => d.rows.map((row) => ({ country: d.country.id, ...row })));

describe('each figure is credited as its source credits it', () => {
  it('has figures resting on words the sources credit to someone else, so this can fail', () => {
    expect(rows.some((r) => creditedWith(r.figure.report, numberWords(r.figure)).length)).toBe(true);
  });

  it.each(rows.map((r) => [`${r.country}: ${r.figure.report}#${r.figure.section}`, r]))('%s', (_, row) => {
    const { figure, citation } = row as (typeof rows)[number];
    const report = site.get('reports', figure.report);
    expect(citation.attribution.startsWith(report.data.outlet)).toBe(true);
    for (const c of report.data.credits.filter((c) => c.sections.includes(figure.section))) expect(citation.attribution).toContain(c.outlet);
    for (const to of creditedWith(figure.report, numberWords(figure))) expect(citation.attribution, `${figure.note}`).toContain(to);
  });

  it("credits a report's figure for a country to everyone credited with its number", () => {
    for (const { country, figures } of site.destinations) {
      for (const f of figures) {
        const giving = country.data.destination!.filter((d) => d.report === f.report && !d.onward && d.count !== undefined && d.count === f.count);
        for (const d of giving) for (const to of creditedWith(d.report, numberWords(d))) expect(f.credit, `${country.id}, ${f.report}`).toContain(to);
        expect(f.credit.startsWith(f.outlet)).toBe(true);
      }
    }
  });
});

describe("each counted figure is worded as its report words it, from the content's label", () => {
  it('the key numbers give each count with the label of the figure it comes from', () => {
    const facts = keyFacts(site);
    expect(facts.destinations.length).toBeGreaterThan(0);
    for (const d of facts.destinations) {
      const figure = content.countries
        .find((c) => c.id === d.country)!
        .data.destination!.find((f) => f.report === d.citation.report && f.section === d.citation.section && f.count === d.count)!;
      expect(figure.label, `${d.country}: ${d.count}`).toBeDefined();
      expect(d.label).toBe(figure.label);
    }
  });

  it("the countries page's share card words its figure with the figure's label and credit", () => {
    const top = keyFacts(site).destinations[0];
    expect(pageMeta(site, '/countries/')).toMatchObject({ figure: String(top.count), figureLabel: `${top.label} (${top.citation.attribution})` });
  });

  it('checks a label as a statement: a number its evidence does not give is refused, at the label', () => {
    const { country, figure } = rows.find((r) => r.figure.label)!;
    const dir = contentCopy((d) => {
      const file = join(d, 'countries', `${country}.yaml`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(`label: ${figure.label}`, `label: ${figure.label} in 97 buses`));
    });
    expect(problemsOf(dir).join('\n')).toMatch(
      new RegExp(`${RegExp.escape(shown(dir, `countries/${country}.yaml`))}:\\d+: destination\\[\\d+\\]\\.label: the number 97 is not in its evidence`),
    );
  });
});
