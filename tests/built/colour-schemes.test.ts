/**
 * The dark scheme differs from the light in colours only: every rule under
 * `prefers-color-scheme` sets a colour token (`--color-…`) and nothing else.
 * The browser tests rely on it: they run every axe rule in the light scheme
 * and, in the dark, the rules a colour can break (tests/support/axe.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import postcss from 'postcss';
import { expect, test } from 'vitest';
import { builtDist, SITES } from '../support/sites.ts';

for (const site of SITES) {
  test(`${site.name}: what the dark scheme changes is colour tokens alone, on every page`, () => {
    const dist = builtDist(site);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    // Every stylesheet a page can use: its inlined <style>s (the map's SVG's too), and any stylesheet file.
    const sheets = [
      ...files.filter((f) => f.endsWith('.html')).flatMap((f) => parseHtml(readFileSync(join(dist, f), 'utf8')).querySelectorAll('style').map((s) => ({ f, css: s.text }))),
      ...files.filter((f) => f.endsWith('.css')).map((f) => ({ f, css: readFileSync(join(dist, f), 'utf8') })),
    ];
    const schemeRules: string[] = [];
    const other: string[] = [];
    for (const { f, css } of sheets) {
      postcss.parse(css).walkAtRules((rule) => {
        if (!/prefers-color-scheme/.test(rule.params)) return;
        rule.walkDecls((d) => {
          schemeRules.push(d.prop);
          if (!d.prop.startsWith('--color-')) other.push(`${f}: @${rule.name} ${rule.params} { ${d.prop}: ${d.value} }`);
        });
      });
    }
    // There is a dark scheme to check.
    expect(schemeRules.length).toBeGreaterThan(0);
    expect(other).toEqual([]);
  });
}
