/**
 * An Astro integration that writes every page's share card after the build.
 * What each card shows is the model's (src/lib/model/page-meta.ts, the same
 * title and figure the page's head gives); Astro says which pages were built.
 * A card whose inputs have not changed is copied from the cache of the
 * previous build (node_modules/.cache/share-cards/, not committed) instead of
 * drawn again.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardKey, renderCard } from '../lib/cards/card.ts';
import { cardOf } from '../lib/model/page-meta.ts';
import { loadSite } from '../lib/site.ts';

export function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const dist = fileURLToPath(dir);
        const cache = join(process.cwd(), 'node_modules/.cache/share-cards');
        mkdirSync(cache, { recursive: true });
        let drawn = 0;
        let ms = 0;
        const site = loadSite();
        const cards = pages.map(({ pathname }) => cardOf(site, `/${pathname}`));
        for (const { path, ...input } of cards) {
          const out = join(dist, path);
          mkdirSync(dirname(out), { recursive: true });
          const cached = join(cache, `${cardKey(input)}.png`);
          if (!existsSync(cached)) {
            const start = performance.now();
            writeFileSync(cached, await renderCard(input));
            ms += performance.now() - start;
            drawn++;
          }
          copyFileSync(cached, out);
        }
        logger.info(
          `${cards.length} share cards: ${drawn} drawn${drawn ? ` (${(ms / drawn).toFixed(1)} ms each)` : ''}, ${cards.length - drawn} unchanged from the last build`,
        );
      },
    },
  };
}
