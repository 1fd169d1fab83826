/**
 * What share cards cost to draw, apart from the page build: draws the card
 * of every page the content implies (content/, or CONTENT_DIR, by default),
 * as the build does once its pages are rendered, several at once on every
 * core, into an empty cache, and prints the wall and CPU time per card.
 * `npm run bench` runs it on its own copy; `npm run bench:cards [-- content]`
 * runs it alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CardDrawer } from '../src/lib/cards/draw.ts';
import { FileCache } from '../src/lib/cache.ts';
import { cardOf, pagePaths } from '../src/lib/model/page-meta.ts';
import { buildModel } from '../src/lib/model/index.ts';
import { assertSound } from '../src/lib/check/index.ts';
import { loadContent } from '../src/lib/load/content.ts';
import { config } from '../src/lib/config.ts';

export async function cardCost(content: string) {
  const site = buildModel(assertSound(loadContent(content)));
  const cards = pagePaths(site).map((path) => cardOf(site, path));
  const scratch = mkdtempSync(join(tmpdir(), 'bench-cards-'));
  try {
    // Starting the card threads, each of which reads and parses the fonts, is timed apart: a build does it while it bundles.
    const first = performance.now();
    const drawer = new CardDrawer(new FileCache('cards', scratch));
    await drawer.started;
    const warmupMs = performance.now() - first;
    const cpu = process.cpuUsage();
    const { ms } = await drawer.write(cards, join(scratch, 'dist'));
    const { user, system } = process.cpuUsage(cpu);
    return {
      cards: cards.length,
      cores: availableParallelism(),
      warmupMs,
      msPerCard: ms / cards.length,
      // CPU time of every thread, which a busy machine inflates less than the wall clock.
      cpuMsPerCard: (user + system) / 1000 / cards.length,
    };
  } finally {
    // A card that fails leaves no folder behind either.
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function printCardCost({ cards, cores, warmupMs, msPerCard, cpuMsPerCard }: Awaited<ReturnType<typeof cardCost>>) {
  console.log(
    `\nShare cards: ${cards} cards drawn on ${cores} cores, ${msPerCard.toFixed(1)} ms per card, wall ` +
      `(${cpuMsPerCard.toFixed(1)} ms CPU; target 10 ms or less, wall), ${warmupMs.toFixed(0)} ms once to start the card threads, which read the fonts; ` +
      `an unchanged card is copied from the last build's cache instead.`,
  );
}

if (import.meta.main) printCardCost(await cardCost(process.argv[2] ?? config.contentDir));
