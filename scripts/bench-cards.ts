/**
 * What a share card costs to draw, apart from the page build: draws the card
 * of every page of a built site (dist/, or DIST_DIR, by default), without the
 * cache, and prints the time per card. `npm run bench` runs it on its own
 * build; `npm run bench:cards [-- dist]` runs it alone.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard } from '../src/lib/cards/card.ts';
import { cardOf } from '../src/lib/model/page-meta.ts';
import { buildModel } from '../src/lib/model/index.ts';
import { assertSound } from '../src/lib/check/index.ts';
import { loadContent } from '../src/lib/load/content.ts';
import { config } from '../src/lib/config.ts';

/** The cards of every page built in `dist`, as the build draws them from the model of the content in `project`. */
function cardsOfBuild(dist: string, content: string) {
  const site = buildModel(assertSound(loadContent(content)));
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') || f === '404.html')
    .map((f) => cardOf(site, `/${f.replace(/index\.html$/, '').replace(/^404\.html$/, '404/')}`));
}

export async function cardCost(dist: string, content = join(dist, '..', 'content')) {
  const cards = cardsOfBuild(dist, content);
  // The first card loads the fonts and warms the renderer: timed apart.
  const first = performance.now();
  await renderCard(cards[0]);
  const warmup = performance.now() - first;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (const card of cards) await renderCard(card);
  const { user, system } = process.cpuUsage(cpu);
  return {
    cards: cards.length,
    warmupMs: warmup,
    msPerCard: (performance.now() - start) / cards.length,
    // CPU time, which a busy machine inflates less than the wall clock.
    cpuMsPerCard: (user + system) / 1000 / cards.length,
  };
}

export function printCardCost({ cards, warmupMs, msPerCard, cpuMsPerCard }: Awaited<ReturnType<typeof cardCost>>) {
  console.log(
    `\nShare cards: ${cards} cards, ${msPerCard.toFixed(1)} ms per card drawn (satori + resvg + PNG; ` +
      `${cpuMsPerCard.toFixed(1)} ms CPU), ${warmupMs.toFixed(0)} ms once for fonts; ` +
      `an unchanged card is copied from the last build's cache instead (target: 20 ms or less per card).`,
  );
}

if (import.meta.main) printCardCost(await cardCost(process.argv[2] ?? config.distDir, config.contentDir));
