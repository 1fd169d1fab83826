/**
 * What a share card shows, and the key it is cached under. Apart from the
 * drawing (./card.ts), so that the build's main thread, which only keys and
 * copies cards, does not load the font parser and sharp: the card threads
 * (./card-worker.ts) draw.
 */
import { createHash } from 'node:crypto';

/**
 * Bump when the card's design or its encoding changes, so that cached cards
 * are drawn again: a cached card must be, byte for byte, the one a fresh
 * build draws.
 */
const DESIGN = 5;

export interface CardInput {
  siteName: string;
  title: string;
  /** The page's key figure, e.g. "123", and what it counts, e.g. "prisoners freed". */
  figure?: string;
  figureLabel?: string;
  /** Shown where there is no figure. */
  description?: string;
}

/** What a card depends on: the same key, the same picture. */
export function cardKey(input: CardInput): string {
  const { siteName, title, figure, figureLabel, description } = input;
  return createHash('sha256')
    .update(JSON.stringify({ DESIGN, siteName, title, figure, figureLabel, description }))
    .digest('hex')
    .slice(0, 24);
}
