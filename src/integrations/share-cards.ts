/**
 * An Astro integration that writes every page's share card after the build:
 * it reads each built page's `og:image` meta (the card's URL, and the key
 * figure in its data attributes), `og:title`, `og:site_name` and
 * `og:description`, and draws the card there. A card whose inputs have not
 * changed is copied from the cache of the previous build
 * (node_modules/.cache/share-cards/, not committed) instead of drawn again.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardKey, renderCard, type CardInput } from '../lib/cards/card.ts';

export interface PageCard extends CardInput {
  /** Where the card goes, under the built site. */
  path: string;
}

const decode = (s: string) =>
  s.replace(/&(#x?[\da-f]+|amp|lt|gt|quot|apos|#39);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(parseInt(e.slice(1).replace(/^x/i, ''), /^#x/i.test(e) ? 16 : 10))
      : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e.toLowerCase()],
  );

/** The card each built page asks for, read from its meta tags. */
export function cardsOfSite(dist: string): PageCard[] {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  return pages.flatMap((file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const metas = [...html.matchAll(/<meta\s([^>]*)>/g)].map((m) =>
      Object.fromEntries([...m[1].matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)])),
    );
    const prop = (p: string) => metas.find((m) => m.property === p);
    const image = prop('og:image');
    if (!image?.content) return [];
    return [
      {
        path: new URL(image.content).pathname,
        siteName: prop('og:site_name')?.content ?? '',
        title: prop('og:title')?.content ?? '',
        figure: image['data-figure'],
        figureLabel: image['data-figure-label'],
        description: prop('og:description')?.content,
      },
    ];
  });
}

export function shareCards(): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const cache = join(process.cwd(), 'node_modules/.cache/share-cards');
        mkdirSync(cache, { recursive: true });
        let drawn = 0;
        let ms = 0;
        const cards = cardsOfSite(dist);
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
