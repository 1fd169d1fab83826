import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardKey, encodePng, renderCard, CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/cards/card';
import { cardsOfSite } from '../../src/integrations/share-cards';

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

  it("reads each built page's card from its meta tags, entities decoded", () => {
    const dist = mkdtempSync(join(tmpdir(), 'cards-'));
    writeFileSync(
      join(dist, 'index.html'),
      '<meta property="og:site_name" content="A &amp; B"><meta property="og:title" content="It&#39;s here">' +
        '<meta property="og:image" content="https://example.org/cards/index.png" data-figure="3" data-figure-label="freed">',
    );
    expect(cardsOfSite(dist)).toEqual([
      { path: '/cards/index.png', siteName: 'A & B', title: "It's here", figure: '3', figureLabel: 'freed', description: undefined },
    ]);
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
