/**
 * An Astro integration that writes every page's share card. What each card
 * shows is the model's (src/lib/model/page-meta.ts, the same title and
 * figure the page's head gives), so the cards of every page the model
 * implies are started before the pages render, and drawn while the main
 * thread renders (src/lib/cards/card.ts says how). Once the pages are
 * built, Astro says which they are, and their cards are written from what
 * was drawn; a page the model did not foresee gets its card drawn then, with
 * a warning. src/lib/cards/draw.ts draws them, or copies a card whose inputs
 * have not changed from the cache of the previous build
 * (node_modules/.cache/share-cards/, not committed).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CardDrawer } from '../lib/cards/draw.ts';
import { cardOf, pagePaths } from '../lib/model/page-meta.ts';
import { movedPaths } from '../lib/model/moved.ts';
import { loadSite } from '../lib/site.ts';

export function shareCards(): AstroIntegration {
  let drawer: CardDrawer;
  return {
    name: 'share-cards',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        drawer = new CardDrawer();
        // Astro has no hook between bundling and rendering: a Vite plugin's last step of the build (`buildApp`,
        // "post") runs after every bundle is built and just before Astro's own, which renders the pages. Drawing
        // earlier, beside the bundler (which uses every core), slowed the build down.
        const startCards = () => {
          const site = loadSite();
          drawer.start(pagePaths(site).map((path) => cardOf(site, path)));
        };
        updateConfig({ vite: { plugins: [{ name: 'share-cards:start', buildApp: { order: 'post', handler: async () => startCards() } }] } });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = loadSite();
        // A report's old address shows the report's own card (BaseLayout's movedTo): it has none to draw.
        const moved = movedPaths(site);
        const cards = pages.filter(({ pathname }) => !moved.has(`/${pathname}`)).map(({ pathname }) => cardOf(site, `/${pathname}`));
        const { drawn, unforeseen, ms } = await drawer.write(cards, fileURLToPath(dir));
        if (unforeseen.length) {
          const some = unforeseen.length > 5 ? `${unforeseen.slice(0, 5).join(', ')}, …` : unforeseen.join(', ');
          logger.warn(`${unforeseen.length} share cards drawn only after the pages, not foreseen by pagePaths() in src/lib/model/page-meta.ts: ${some}`);
        }
        logger.info(
          `${cards.length} share cards: ${drawn} drawn, ${cards.length - drawn} unchanged from the last build; the build waited ${ms.toFixed(0)} ms for them after the pages`,
        );
      },
    },
  };
}
