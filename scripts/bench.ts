/**
 * `npm run bench`: what each page weighs, and what a build costs as the
 * number of reports grows.
 *
 * 1. Builds the site and prints, for every page, the bytes of its HTML and of
 *    the CSS and JavaScript it loads (raw and gzip), and its request count.
 * 2. Builds generated sites of 100 and 1,000 reports (copies of the real
 *    ones, in a temporary folder, never committed) and prints each build's
 *    time, with and without the search index, and the heaviest page of every
 *    kind, which must stay within 14 KiB gzip however many reports there are.
 * 3. Draws every page's share card again, without the cache, and prints the
 *    time per card, apart from the page build (scripts/bench-cards.ts).
 * 4. Builds, in the same run, a floor: the same generated reports rendered by
 *    one minimal Astro page with MDX and nothing else. The project's marginal
 *    cost per report is printed beside the floor's, and their ratio.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from './lib/project-copy.ts';
import { cardCost, printCardCost } from './bench-cards.ts';

const kib = (n: number) => (n / 1024).toFixed(1);

type PageWeight = ReturnType<typeof pageWeights>[number];
/** What a reader downloads on view, gzip: HTML, CSS and JavaScript. */
const total = (r: PageWeight) => r.htmlGz + r.cssGz + r.jsGz;
/** A page's kind: its path with the ids taken out, "/reports/[id]/". */
const kindOf = (page: string) =>
  page
    .replace(/^\/(reports|people)\/(?!page\/)[^/]+\/$/, '/$1/[id]/')
    .replace(/^\/reports\/page\/\d+\/$/, '/reports/page/[n]/');
/** The heaviest page of each kind, gzip: none may pass 14 KiB, however many reports there are. */
function heaviestByKind(rows: PageWeight[]) {
  const kinds = new Map<string, PageWeight>();
  for (const r of rows) {
    const k = kindOf(r.page);
    if (!kinds.has(k) || total(kinds.get(k)!) < total(r)) kinds.set(k, r);
  }
  return kinds;
}
const LIMIT = 14 * 1024;

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

/**
 * The floor: Astro with MDX and one page that renders each report's body,
 * nothing else: what any site built from these MDX files must pay.
 */
function makeFloor(dir: string) {
  rmSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Only what the MDX itself needs: its {#id} headings.
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { satteri } from '@astrojs/markdown-satteri';\n" +
      'export default defineConfig({ markdown: { processor: satteri({ features: { headingAttributes: true } }) }, integrations: [mdx()] });\n',
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { reports: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/reports' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body>
<Content components={{ Person: 'span', Quote: 'blockquote', OtherReport: 'aside' }} />
</body></html>
`,
  );
}

function generatedSite(reports: number, floor = false) {
  const dir = copyProject();
  const folder = join(dir, 'content/reports');
  const originals = readdirSync(folder).map((f) => ({ id: f.replace(/\.mdx$/, ''), text: readFileSync(join(folder, f), 'utf8') }));
  for (let i = originals.length; i < reports; i++) {
    const { id, text } = originals[i % originals.length];
    writeFileSync(join(folder, `${id}-copy-${i}.mdx`), text);
  }
  if (floor) makeFloor(dir);
  const result = build(dir);
  if (result.status !== 0) throw new Error(`build of ${reports} reports${floor ? ' (floor)' : ''} failed:\n${result.output}`);
  const heaviest = floor ? new Map<string, PageWeight>() : heaviestByKind(pageWeights(join(dir, 'dist')));
  removeCopy(dir);
  return { ...result, heaviest };
}

const site = copyProject();
const real = build(site);
if (real.status !== 0) throw new Error(real.output);
const rows = pageWeights(join(site, 'dist'));
const cards = await cardCost(join(site, 'dist'));
removeCopy(site);

console.log('\nPage weights (bytes; gzip -9)\n');
console.log('| page | HTML | HTML gz | CSS | CSS gz | JS | JS gz | total gz | requests |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.html} | ${r.htmlGz} | ${r.css} | ${r.cssGz} | ${r.js} | ${r.jsGz} | ${total(r)} | ${r.requests} |`);
}
const heaviest = rows.reduce((a, b) => (total(a) > total(b) ? a : b));
console.log(`\nHeaviest: ${heaviest.page} at ${kib(total(heaviest))} KiB gzip in ${heaviest.requests} requests.`);
printCardCost(cards);

console.log('\nBuild time (astro build, then pagefind; fresh caches; wall clock)\n');
const runs = new Map([[2, { ...real, heaviest: heaviestByKind(rows) }]]);
const floors = new Map<number, ReturnType<typeof generatedSite>>();
for (const n of [100, 1000]) {
  runs.set(n, generatedSite(n));
  floors.set(n, generatedSite(n, true));
}
console.log('| reports | astro build s | with pagefind s | floor (MDX only) s |');
console.log('|--:|--:|--:|--:|');
for (const [n, r] of runs) {
  const floor = floors.get(n);
  console.log(`| ${n} | ${r.astroSeconds.toFixed(1)} | ${r.seconds.toFixed(1)} | ${floor ? floor.astroSeconds.toFixed(1) : '–'} |`);
}
const marginal = (of: Map<number, { astroSeconds: number; seconds: number }>, key: 'astroSeconds' | 'seconds') =>
  ((of.get(1000)![key] - of.get(100)![key]) / 900) * 1000;
const project = marginal(runs, 'astroSeconds');
const floor = marginal(floors, 'astroSeconds');
console.log(
  `\nMarginal cost per extra report (100 → 1,000): ${project.toFixed(1)} ms for astro build ` +
    `(${marginal(runs, 'seconds').toFixed(1)} ms with the search index); floor ${floor.toFixed(1)} ms; ` +
    `ratio ${(project / floor).toFixed(2)} (target 1.3 or less)`,
);

console.log('\nHeaviest page of each kind, total gzip (limit 14 KiB)\n');
const kinds = [...new Set([...runs.values()].flatMap((r) => [...r.heaviest.keys()]))].sort();
console.log(`| kind | ${[...runs.keys()].map((n) => `${n} reports`).join(' | ')} |`);
console.log(`|---|${[...runs.keys()].map(() => '--:').join('|')}|`);
let over = 0;
for (const kind of kinds) {
  const cells = [...runs.values()].map((r) => {
    const page = r.heaviest.get(kind);
    if (page && total(page) > LIMIT) over++;
    return page ? `${kib(total(page))} KiB${total(page) > LIMIT ? ' (over)' : ''}` : '–';
  });
  console.log(`| ${kind} | ${cells.join(' | ')} |`);
}
if (over) {
  console.log(`\n${over} page kinds are over 14 KiB gzip.`);
  process.exitCode = 1;
}
