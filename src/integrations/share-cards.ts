/**
 * An Astro integration that writes every page's share card after the build.
 * What each card shows is the model's (src/lib/model/page-meta.ts, the same
 * title and figure the page's head gives); Astro says which pages were built.
 * src/lib/cards/draw.ts draws them, several at once, or copies a card whose
 * inputs have not changed from the cache of the previous build
 * (node_modules/.cache/share-cards/, not committed).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawCards } from '../lib/cards/draw.ts';
import { cardOf } from '../lib/model/page-meta.ts';
import { loadSite } from '../lib/site.ts';

export function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = loadSite();
        const cards = pages.map(({ pathname }) => cardOf(site, `/${pathname}`));
        const { drawn, ms } = await drawCards(cards, fileURLToPath(dir));
        logger.info(
          `${cards.length} share cards: ${drawn} drawn${drawn ? ` (${(ms / drawn).toFixed(1)} ms each, wall)` : ''}, ${cards.length - drawn} unchanged from the last build`,
        );
      },
    },
  };
}
