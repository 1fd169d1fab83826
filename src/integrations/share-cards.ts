/**
 * An Astro integration that writes every page's share card after the build
 * (src/lib/cards/draw.ts: drawn, or copied from the cache in
 * node_modules/.cache/share-cards/ when unchanged).
 *
 * The drawing takes a list of cards and does not care where it comes from;
 * `cards` picks the source. By default, until the page registry hands the
 * list over directly, the list is read back from each built page's meta tags
 * (`og:image`, with the key figure in its data attributes, `og:title`,
 * `og:site_name`, `og:description`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { drawCards, type PageCard } from '../lib/cards/draw.ts';

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

export function shareCards({ cards = cardsOfSite }: { cards?: (dist: string) => PageCard[] } = {}): AstroIntegration {
  return {
    name: 'share-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const { cards: count, drawn, ms } = await drawCards(cards(dist), dist);
        logger.info(
          `${count} share cards: ${drawn} drawn${drawn ? ` (${(ms / drawn).toFixed(1)} ms each, wall)` : ''}, ${count - drawn} unchanged from the last build`,
        );
      },
    },
  };
}
