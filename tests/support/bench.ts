/**
 * `npm run bench`: what each page weighs, and what a build costs as the
 * number of reports grows.
 *
 * 1. Builds the site and prints, for every page, the bytes of its HTML and of
 *    the CSS and JavaScript it loads (raw and gzip), and its request count.
 * 2. Builds generated sites of 100 and 1,000 reports (copies of the real
 *    two, in a temporary folder, never committed) and prints each build's
 *    time, with and without the search index, the marginal cost of one more
 *    report, and the heaviest report page, which must not grow with them.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from './project-copy.ts';

const kib = (n: number) => (n / 1024).toFixed(1);

type PageWeight = ReturnType<typeof pageWeights>[number];
/** What a reader downloads on view, gzip: HTML, CSS and JavaScript. */
const total = (r: PageWeight) => r.htmlGz + r.cssGz + r.jsGz;
/** The gzip weight of the heaviest report page: it must not grow with the number of reports. */
const heaviestReport = (rows: PageWeight[]) =>
  Math.max(...rows.filter((r) => /^\/reports\/[^/]+\/$/.test(r.page)).map(total));

function pageWeights(dist: string) {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
  return files.map((file) => {
    const html = readFileSync(join(dist, file));
    const root = parse(html.toString());
    const assets = (selector: string, attr: string) =>
      root.querySelectorAll(selector).map((el) => readFileSync(join(dist, el.getAttribute(attr)!)));
    const css = assets('link[rel="stylesheet"]', 'href');
    const js = assets('script[src]', 'src');
    const images = root.querySelectorAll('img[src]').length;
    const icons = root.querySelectorAll('link[rel="icon"]').length;
    const size = (bufs: Buffer[]) => bufs.reduce((n, b) => n + b.length, 0);
    const gz = (bufs: Buffer[]) => bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
    return {
      page: '/' + file.replace(/index\.html$/, ''),
      html: html.length,
      htmlGz: gz([html]),
      css: size(css),
      cssGz: gz(css),
      js: size(js),
      jsGz: gz(js),
      requests: 1 + css.length + js.length + images + icons,
    };
  });
}

function generatedSite(reports: number) {
  const dir = copyProject();
  const folder = join(dir, 'content/reports');
  const originals = readdirSync(folder).map((f) => ({ id: f.replace(/\.mdx$/, ''), text: readFileSync(join(folder, f), 'utf8') }));
  for (let i = originals.length; i < reports; i++) {
    const { id, text } = originals[i % originals.length];
    writeFileSync(join(folder, `${id}-copy-${i}.mdx`), text);
  }
  const result = build(dir);
  if (result.status !== 0) throw new Error(`build of ${reports} reports failed:\n${result.output}`);
  const heaviest = heaviestReport(pageWeights(join(dir, 'dist')));
  removeCopy(dir);
  return { ...result, heaviestReport: heaviest };
}

const site = copyProject();
const real = build(site);
if (real.status !== 0) throw new Error(real.output);
const rows = pageWeights(join(site, 'dist'));
removeCopy(site);

console.log('\nPage weights (bytes; gzip -9)\n');
console.log('| page | HTML | HTML gz | CSS | CSS gz | JS | JS gz | total gz | requests |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.html} | ${r.htmlGz} | ${r.css} | ${r.cssGz} | ${r.js} | ${r.jsGz} | ${total(r)} | ${r.requests} |`);
}
const heaviest = rows.reduce((a, b) => (total(a) > total(b) ? a : b));
console.log(`\nHeaviest: ${heaviest.page} at ${kib(total(heaviest))} KiB gzip in ${heaviest.requests} requests.`);

console.log('\nBuild time (astro build, then pagefind; fresh caches; wall clock)\n');
const runs = new Map([[2, { ...real, heaviestReport: heaviestReport(rows) }]]);
for (const n of [100, 1000]) runs.set(n, generatedSite(n));
console.log('| reports | astro build s | with pagefind s | heaviest report page, gzip |');
console.log('|--:|--:|--:|--:|');
for (const [n, r] of runs) {
  console.log(`| ${n} | ${r.astroSeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${kib(r.heaviestReport)} KiB |`);
}
const marginal = (key: 'astroSeconds' | 'seconds') => ((runs.get(1000)![key] - runs.get(100)![key]) / 900) * 1000;
console.log(
  `\nMarginal cost per extra report (100 → 1,000): ${marginal('astroSeconds').toFixed(1)} ms for astro build, ` +
    `${marginal('seconds').toFixed(1)} ms with the search index`,
);
