/** The real site's pages stay small: their HTML, with the map and the inlined stylesheet, fits in 14 KiB gzip. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { builtDist, REAL } from '../support/sites.ts';

test('every page stays within 14 KiB gzip for its HTML, the map included (the stylesheet is inlined)', () => {
  const dist = builtDist(REAL);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
    expect(size, `${file}: ${size} bytes gzip`).toBeLessThanOrEqual(14 * 1024);
  }
});
