/**
 * The code holds no fact of the event it explains: a made-up event
 * (tests/fixtures/event/, built into dist-second-event/ by `npm run test:build`)
 * builds into a complete site with the same code, no
 * page of it says a word of the real event, and no page of the real site says
 * a word of the made-up one. The words are the names each content gives:
 * people (every spelling), outlets, countries and cities.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { builtDist, REAL, SECOND_EVENT } from '../support/sites.ts';

/** The words that belong to one event alone. */
function wordsOf(c: SiteContent): string[] {
  return [
    // Every spelling of every name, and the surname alone.
    ...c.people.flatMap((p) => [p.data.name, ...p.data.aliases].flatMap((n) => [n, n.split(' ').at(-1)!])),
    ...c.reports.flatMap((r) => [r.data.outlet, ...r.data.credits.map((k) => k.outlet)]),
    ...c.countries.flatMap((k) => [
      k.data.name,
      ...(k.data.destination ?? []).flatMap((f) => f.cities),
      ...(k.data.map?.cities ?? []).map((city) => city.name),
    ]),
    ...c.reports.map((r) => String(r.data.released.count)),
  ];
}

/** Every page's text (HTML, feed, sitemap), by file. */
function pages(dist: string): [string, string][] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|xml|txt)$/.test(f) && !f.startsWith('pagefind'))
    .map((f) => [f, readFileSync(join(dist, f), 'utf8')]);
}

const dists = { fixture: builtDist(SECOND_EVENT), real: builtDist(REAL) };

describe('a second, made-up event', () => {
  it('builds into a complete site', () => {
    const built = pages(dists.fixture).map(([f]) => f);
    const c = loadContent(SECOND_EVENT.content);
    expect(built).toEqual(expect.arrayContaining([
      'index.html', 'compare/index.html', 'summary/index.html', 'countries/index.html', 'sanctions/index.html',
      ...c.reports.map((r) => `reports/${r.id}/index.html`),
      ...c.people.map((p) => `people/${p.id}/index.html`),
    ]));
    expect(c.reports.length).toBeGreaterThanOrEqual(3);
  });

  it('leaves the locator map out, its places having no outlines, and draws every share card', () => {
    const html = pages(dists.fixture).filter(([f]) => f.endsWith('.html'));
    expect(html.filter(([, text]) => text.includes('class="locator-map')).map(([f]) => f)).toEqual([]);
    for (const [file, text] of html) {
      const card = /<meta property="og:image" content="[^"]*?(\/cards\/[^"]+\.png)"/.exec(text)?.[1];
      expect(card, file).toBeDefined();
      expect(readFileSync(join(dists.fixture, card!)).subarray(1, 4).toString('latin1'), file).toBe('PNG');
    }
  });

  it.each([
    ['the made-up site', 'fixture', REAL.content],
    ['the real site', 'real', SECOND_EVENT.content],
  ] as const)('no page of %s says a word of the other event', (_, which, other) => {
    // Whole words, so that "48" is not found inside "1480".
    const words = [...new Set(wordsOf(loadContent(other)))];
    expect(words.length).toBeGreaterThan(10);
    const found = pages(dists[which]).flatMap(([file, text]) =>
      words.filter((w) => new RegExp(`(?<![\\p{L}\\p{N}])${RegExp.escape(w)}(?![\\p{L}\\p{N}])`, 'u').test(text)).map((w) => `${file}: ${w}`),
    );
    expect(found).toEqual([]);
  });
});
