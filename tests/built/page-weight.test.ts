/** The real site's pages stay small: their HTML, with the map and the inlined stylesheet, fits in 14 KiB gzip; their icon is cheap to draw. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtDist, REAL } from '../support/sites.ts';

const dist = builtDist(REAL);
/** Every page's HTML, read once for both tests. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(join(dist, file), 'utf8') }));

test('every page stays within 14 KiB gzip for its HTML, the map included (the stylesheet is inlined)', () => {
  expect(pages.length).toBeGreaterThan(10);
  for (const { file, html } of pages) {
    const size = gzipSync(html, { level: 9 }).length;
    expect(size, `${file}: ${size} bytes gzip`).toBeLessThanOrEqual(14 * 1024);
  }
});

test('every page links one icon, a small PNG: an SVG icon is a document the browser draws on the page’s main thread after the first paint', () => {
  for (const { file, html } of pages) {
    const icons = parse(html).querySelectorAll('link[rel~="icon"]');
    expect(icons.map((icon) => [icon.getAttribute('href'), icon.getAttribute('type')]), file).toEqual([['/favicon.png', 'image/png']]);
  }
  expect(readFileSync(join(dist, 'favicon.png')).length).toBeLessThanOrEqual(2048);
});
