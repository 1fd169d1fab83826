import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardKey, renderCard, wrapText, CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/cards/card';
import { drawCards, isWholePng } from '../../src/lib/cards/draw';
import { FileCache } from '../../src/lib/cache';
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
    const cache = new FileCache('cards', mkdtempSync(join(tmpdir(), 'cache-')));
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    const card = { path: '/cards/index.png', ...input };
    expect(await drawCards([card], dist, cache)).toMatchObject({ drawn: 1 });
    const key = `${cardKey(input)}.png`;
    const whole = readFileSync(cache.path(key));
    // As a build killed mid-write would have left it before writes were atomic.
    writeFileSync(cache.path(key), whole.subarray(0, 1000));

    expect(await drawCards([card], dist, cache)).toMatchObject({ drawn: 1 });
    expect(isWholePng(readFileSync(join(dist, 'cards/index.png')))).toBe(true);
    expect(isWholePng(readFileSync(cache.path(key)))).toBe(true);
    expect(await drawCards([card], dist, cache)).toMatchObject({ drawn: 0 });
  }, 20_000);
});
