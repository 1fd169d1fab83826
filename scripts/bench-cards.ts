/**
 * What share cards cost to draw, apart from the page build: draws the card
 * of every page of a built site (dist/, or DIST_DIR, by default) as the build
 * does, several at once on every core, into an empty cache, and prints the
 * wall and CPU time per card. `npm run bench` runs it on its own build;
 * `npm run bench:cards [-- dist]` runs it alone.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCard } from '../src/lib/cards/card.ts';
import { drawCards } from '../src/lib/cards/draw.ts';
import { FileCache } from '../src/lib/cache.ts';
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
  // The first card reads and parses the fonts: timed apart.
  const first = performance.now();
  await renderCard(cards[0]);
  const warmupMs = performance.now() - first;
  const scratch = mkdtempSync(join(tmpdir(), 'bench-cards-'));
  const cpu = process.cpuUsage();
  const { ms } = await drawCards(cards, join(scratch, 'dist'), new FileCache('cards', scratch));
  const { user, system } = process.cpuUsage(cpu);
  rmSync(scratch, { recursive: true, force: true });
  return {
    cards: cards.length,
    cores: availableParallelism(),
    warmupMs,
    msPerCard: ms / cards.length,
    // CPU time of every thread, which a busy machine inflates less than the wall clock.
    cpuMsPerCard: (user + system) / 1000 / cards.length,
  };
}

export function printCardCost({ cards, cores, warmupMs, msPerCard, cpuMsPerCard }: Awaited<ReturnType<typeof cardCost>>) {
  console.log(
    `\nShare cards: ${cards} cards drawn on ${cores} cores, ${msPerCard.toFixed(1)} ms per card, wall ` +
      `(${cpuMsPerCard.toFixed(1)} ms CPU; target 10 ms or less, wall), ${warmupMs.toFixed(0)} ms once for the fonts; ` +
      `an unchanged card is copied from the last build's cache instead.`,
  );
}

if (import.meta.main) printCardCost(await cardCost(process.argv[2] ?? config.distDir, config.contentDir));
