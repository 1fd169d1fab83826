import { describe, expect, it } from 'vitest';
import { cardKey, encodePng, renderCard, CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/cards/card';
import { cardOf } from '../../src/lib/model/page-meta';
import { buildModel } from '../../src/lib/model';
import { loadContent } from '../../src/lib/load/content';
import { CONTENT } from '../../scripts/lib/paths';

const input = { siteName: 'A site', title: 'A page', figure: '12', figureLabel: 'things counted' };

describe('share cards', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await renderCard(input);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
  }, 20_000);

  it('keys a card by what it shows, so an unchanged card is reused and a changed one drawn again', () => {
    expect(cardKey({ ...input })).toBe(cardKey(input));
    for (const change of [{ title: 'Another' }, { figure: '13' }, { figureLabel: 'x' }, { siteName: 'B' }, { description: 'd' }]) {
      expect(cardKey({ ...input, ...change })).not.toBe(cardKey(input));
    }
  });

  it("gives each page's card from the model: the title and key figure its head gives", () => {
    const site = buildModel(loadContent(CONTENT));
    const home = cardOf(site, '/');
    expect(home).toMatchObject({ path: '/cards/index.png', siteName: site.text.name, title: site.text.name, figureLabel: 'prisoners freed' });
    expect(home.figure?.split(' or ').map(Number)).toEqual([...new Set(site.reports.map((r) => r.data.released.count))]);
    for (const r of site.reports) {
      expect(cardOf(site, `/reports/${r.id}/`)).toMatchObject({ path: `/cards/reports/${r.id}.png`, title: r.data.title, figure: String(r.data.released.count) });
    }
    const person = site.people[0];
    expect(cardOf(site, `/people/${person.id}/`)).toMatchObject({ title: person.data.name, figure: undefined });
    expect(cardOf(site, '/404/').path).toBe('/cards/404.png');
    expect(() => cardOf(site, '/nowhere/')).toThrow('add it to src/lib/pages.ts');
  });

  it('writes a PNG of the pixels given, row by row', async () => {
    const { inflateSync } = await import('node:zlib');
    const pixels = Buffer.from([255, 0, 0, 255, 0, 0, 255, 255, 1, 2, 3, 4, 5, 6, 7, 8]);
    const png = encodePng(2, 2, pixels);
    expect(png.readUInt8(25)).toBe(6); // colour type RGBA
    const idat = png.indexOf('IDAT');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    expect([...raw]).toEqual([0, ...pixels.subarray(0, 8), 0, ...pixels.subarray(8)]);
  });
});
