import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { cardSvg, renderCard, wrapText, CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/cards/card.ts';
import { cardKey } from '../../src/lib/cards/card-input.ts';
import { CardDrawer, isWholePng } from '../../src/lib/cards/draw.ts';
import { FileCache } from '../../src/lib/cache.ts';
import { cardOf, pagePaths } from '../../src/lib/model/page-meta.ts';
import { PAGES, REPORTS_PER_PAGE } from '../../src/lib/pages.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { scratchDir } from '../support/scratch.ts';

const input = { siteName: 'A site', title: 'A page', figure: '12', figureLabel: 'things counted' };

describe('share cards', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(input);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  }, 20_000);

  it("paints every page's card as one SVG of the same layout looks: each glyph within a pixel of where the layout puts it, in its colour", async () => {
    const site = buildModel(loadContent(CONTENT));
    // Averaged over 4×4 blocks, where a glyph an eighth of a pixel out (as the painter may put it) changes little
    // and one a whole pixel out changes a lot: about 75 of 255, where the painted cards differ by 30 at most.
    const blocks = async (png: Buffer) => {
      const pixels = await sharp(png).removeAlpha().raw().toBuffer();
      const mean = new Float64Array((CARD_WIDTH / 4) * Math.floor(CARD_HEIGHT / 4) * 3);
      for (let y = 0; y < Math.floor(CARD_HEIGHT / 4) * 4; y++)
        for (let x = 0; x < CARD_WIDTH; x++)
          for (let c = 0; c < 3; c++) mean[((y >> 2) * (CARD_WIDTH / 4) + (x >> 2)) * 3 + c] += pixels[(y * CARD_WIDTH + x) * 3 + c] / 16;
      return mean;
    };
    for (const path of pagePaths(site)) {
      const card = cardOf(site, path);
      const [painted, reference] = await Promise.all([blocks(await renderCard(card)), blocks(Buffer.from(cardSvg(card)))]);
      const worst = painted.reduce((most, v, i) => Math.max(most, Math.abs(v - reference[i])), 0);
      expect(worst, path).toBeLessThan(40);
    }
  }, 60_000);

  it('keys a card by what it shows, so an unchanged card is reused and a changed one drawn again', () => {
    expect(cardKey({ ...input })).toBe(cardKey(input));
    for (const change of [{ title: 'Another' }, { figure: '13' }, { figureLabel: 'x' }, { siteName: 'B' }, { description: 'd' }]) {
      expect(cardKey({ ...input, ...change })).not.toBe(cardKey(input));
    }
  });

  it("gives each page's card from the model: the title and key figure its head gives", () => {
    const site = buildModel(loadContent(CONTENT));
    const home = cardOf(site, '/');
    expect(home).toMatchObject({ path: '/cards/index.png', siteName: site.text.name, title: site.text.pages.home.title, figureLabel: 'prisoners freed' });
    expect(home.figure?.split(' or ').map(Number)).toEqual([...new Set(site.reports.map((r) => r.data.released.count))]);
    for (const r of site.reports) {
      expect(cardOf(site, `/reports/${r.id}/`)).toMatchObject({ path: `/cards/reports/${r.id}.png`, title: r.data.title, figure: String(r.data.released.count) });
    }
    const person = site.people[0];
    expect(cardOf(site, `/people/${person.id}/`)).toMatchObject({ title: person.data.name, figure: undefined });
    expect(cardOf(site, '/404/').path).toBe('/cards/404.png');
    expect(() => cardOf(site, '/nowhere/')).toThrow('add it to src/lib/pages.ts');
  });

  it('wraps words into lines no wider than asked, with an ellipsis past the last line allowed', () => {
    const measure = (t: string) => t.length;
    expect(wrapText('one two three four', measure, 9)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', measure, 9, 2)).toEqual(['one two', 'three…']);
  });

  it('tells a whole PNG from one cut short or damaged', async () => {
    const png = await renderCard(input);
    expect(isWholePng(png)).toBe(true);
    expect(isWholePng(png.subarray(0, png.length - 1))).toBe(false);
    expect(isWholePng(png.subarray(0, png.length >> 1))).toBe(false);
    const flipped = Buffer.from(png);
    flipped[png.length >> 1] ^= 0xff;
    expect(isWholePng(flipped)).toBe(false);
  }, 20_000);

  it('draws again a card whose cached PNG is truncated, and publishes the whole one', async () => {
    const cache = new FileCache('cards', scratchDir('cache-'));
    const dist = scratchDir('dist-');
    const card = { path: '/cards/index.png', ...input };
    // A drawer a build: each reads the cache afresh.
    const build = () => new CardDrawer(cache).write([card], dist);
    expect(await build()).toMatchObject({ drawn: 1 });
    const key = `${cardKey(input)}.png`;
    const whole = readFileSync(cache.path(key));
    // As a build killed mid-write would have left it before writes were atomic.
    writeFileSync(cache.path(key), whole.subarray(0, 1000));

    expect(await build()).toMatchObject({ drawn: 1 });
    expect(isWholePng(readFileSync(join(dist, 'cards/index.png')))).toBe(true);
    expect(isWholePng(readFileSync(cache.path(key)))).toBe(true);
    expect(await build()).toMatchObject({ drawn: 0 });
  }, 20_000);

  it('writes the card of every page built: those started early, and one it was not told of, drawn late and named', async () => {
    const drawer = new CardDrawer(new FileCache('cards', scratchDir('cache-')));
    const dist = scratchDir('dist-');
    const foreseen = { path: '/cards/index.png', ...input };
    const late = { path: '/cards/late.png', ...input, title: 'A page nobody foresaw' };
    drawer.start([foreseen]);
    expect(await drawer.write([foreseen, late], dist)).toMatchObject({ cards: 2, drawn: 2, unforeseen: ['/cards/late.png'] });
    for (const file of ['cards/index.png', 'cards/late.png']) expect(isWholePng(readFileSync(join(dist, file)))).toBe(true);
  }, 20_000);

  it('fails the write that needs a card that cannot be drawn, with the reason, and draws the next card', async () => {
    const drawer = new CardDrawer(new FileCache('cards', scratchDir('cache-')));
    const dist = scratchDir('dist-');
    const broken = { path: '/cards/broken.png', ...input, title: undefined as unknown as string };
    // Drawn on a card thread (src/lib/cards/card-worker.ts): its error comes back to the build with its message.
    await expect(drawer.write([broken], dist)).rejects.toThrow(/TypeError/);
    expect(await drawer.write([{ path: '/cards/index.png', ...input }], dist)).toMatchObject({ drawn: 1 });
    expect(isWholePng(readFileSync(join(dist, 'cards/index.png')))).toBe(true);
  }, 20_000);

  it("lists every page the model implies, each with a card: the site's own, the further pages of reports, each report and person", () => {
    const site = buildModel(loadContent(CONTENT));
    const paths = pagePaths(site);
    expect(new Set(paths).size).toBe(paths.length);
    for (const page of PAGES) expect(paths).toContain(page.href);
    for (const r of site.reports) expect(paths).toContain(`/reports/${r.id}/`);
    for (const p of site.people) expect(paths).toContain(`/people/${p.id}/`);
    for (const path of paths) expect(() => cardOf(site, path)).not.toThrow();
    // Past one page of reports, the list runs on over /reports/2/ and on.
    const many = { ...site, reports: Array.from({ length: 2 * REPORTS_PER_PAGE + 1 }, (_, i) => ({ ...site.reports[0], id: `r${i}` })) };
    expect(pagePaths(many).filter((p) => /^\/reports\/\d+\/$/.test(p))).toEqual(['/reports/2/', '/reports/3/']);
  });
});
