/**
 * Each page's Content-Security-Policy allows the inline code the page holds and no
 * other: Astro lists the whole site's, and the build cuts each page's list to its own
 * (src/integrations/security-headers.ts, ownHashesOnly). Hashed here with a parser of
 * its own, not the build's code.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, test } from 'vitest';
import { builtDist, REAL } from '../support/sites.ts';

const dist = builtDist(REAL);
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

test("every page's policy lists the hashes of its own inline scripts and styles, and no other", () => {
  expect(htmlFiles.length).toBeGreaterThan(10);
  for (const file of htmlFiles) {
    const root = parse(readFileSync(join(dist, file), 'utf8'));
    const policy = root.querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    const listed = (name: string) =>
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)!
        .filter((s) => s.startsWith("'sha256-"))
        .sort();
    const own = (selector: string) => [...new Set(root.querySelectorAll(selector).map((el) => hash(el.rawText)))].sort();
    expect(listed('script-src'), file).toEqual(own('script:not([src]):not([type="application/ld+json"])'));
    expect(listed('style-src'), file).toEqual(own('style'));
    expect(listed('style-src').length, file).toBeGreaterThan(0);
  }
});
