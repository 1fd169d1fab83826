/**
 * Draws a list of share cards into a built site: each card from the cache
 * when its inputs have not changed and the cached PNG is whole, else drawn
 * (several at once, so that every core is used) and cached. Where the list
 * comes from is the caller's business.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { FileCache } from '../cache.ts';
import { cardKey, renderCard, type CardInput } from './card.ts';

/** A card to draw, and where it goes under the built site (/cards/x.png). */
type PageCard = CardInput & { path: string };

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/**
 * Whether `png` is a whole PNG: the signature, then chunks whose lengths add
 * up and whose checksums match, ending with IEND. A file cut short or
 * damaged fails.
 */
export function isWholePng(png: Buffer): boolean {
  if (!png.subarray(0, 8).equals(SIGNATURE)) return false;
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) return false;
    if (crc32(png.subarray(at + 4, end - 4)) !== png.readUInt32BE(end - 4)) return false;
    if (png.toString('latin1', at + 4, at + 8) === 'IEND') return end === png.length;
    at = end;
  }
  return false;
}

/** Runs `task` on every item with at most `limit` running at once. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export interface DrawResult {
  cards: number;
  drawn: number;
  /** Wall time spent drawing, all cores together. */
  ms: number;
}

export async function drawCards(cards: PageCard[], outDir: string, cache = new FileCache('share-cards')): Promise<DrawResult> {
  const start = performance.now();
  let drawn = 0;
  // sharp draws in libuv's thread pool: two cards a core keeps every core busy.
  await eachLimited(cards, 2 * availableParallelism(), async ({ path, ...input }) => {
    const key = `${cardKey(input)}.png`;
    let png = cache.read(key, isWholePng);
    if (!png) {
      png = await renderCard(input);
      cache.write(key, png);
      drawn++;
    }
    const out = join(outDir, path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, png);
  });
  return { cards: cards.length, drawn, ms: performance.now() - start };
}
