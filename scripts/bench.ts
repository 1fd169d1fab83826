/**
 * `npm run bench`: what an editor meets as the site grows, measured against a
 * floor: the same reports rendered by one minimal Astro page with MDX and
 * nothing else, what any site built from these files must pay.
 *
 * 1. Builds the real site cold, and its two reports as plain MDX, and prints
 *    the ratio (target 1.5 or less); prints every page's weight (HTML and the
 *    CSS and JavaScript it loads, raw and gzip, and its requests), and what
 *    its share cards cost drawn again apart from the build
 *    (scripts/bench-cards.ts).
 * 2. Builds generated sites of 100 and 1,000 reports (BENCH_REPORTS to
 *    change: scripts/lib/generate-reports.ts, each with its own outlet,
 *    source text, title and text, so every page and share card is new
 *    work), each beside its floor, in a
 *    temporary folder, and prints the cost per new report beside the
 *    floor's and the ratio (target 2 or less), and the heaviest page of each
 *    kind, which must stay within 14 KiB gzip however many reports there are.
 *
 * Every build is run BENCH_ROUNDS times (3), in turn, and timed by its
 * fastest: about five minutes on a two-core machine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from './lib/project-copy.ts';
import { cardCost, printCardCost } from './bench-cards.ts';
import { makeFloor } from './lib/floor.ts';
import { builtPages } from './lib/site-links.ts';
import { generateReports } from './lib/generate-reports.ts';

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
  return builtPages(dist).map(({ url, file }) => {
    const html = readFileSync(file);
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
      page: url,
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
 * A copy of the project with `reports` reports: the real ones, then reports generated from them
 * (scripts/lib/generate-reports.ts), each with its own outlet, source text, title and text, so that every page and
 * share card is new work for the build, as a new report's is, and every check has a new source to read.
 */
async function generatedSite(reports: number, floor = false, { weigh = true } = {}) {
  const dir = copyProject();
  generateReports(join(dir, 'content'), reports);
  if (floor) makeFloor(dir);
  const result = build(dir);
  if (result.status !== 0) throw new Error(`build of ${reports} reports${floor ? ' (floor)' : ''} failed:\n${result.output}`);
  // The share-cards integration says how many it drew, and how long the build waited for them once the pages were built.
  const cardLog = /\d+ share cards: (\d+) drawn.*waited (\d+) ms/.exec(result.output);
  const drawn = Number(cardLog?.[1] ?? 0);
  const cardSeconds = Number(cardLog?.[2] ?? 0) / 1000;
  const rows = floor || !weigh ? [] : pageWeights(join(dir, 'dist'));
  // The real site's cards drawn again, apart from the build.
  const cards = !floor && weigh && reports === 2 ? await cardCost(join(dir, 'content')) : undefined;
  removeCopy(dir);
  return { ...result, drawn, cardSeconds, rows, heaviest: heaviestByKind(rows), cards };
}

const SIZES = (process.env.BENCH_REPORTS ?? '100,1000').split(',').map(Number);
const pct = (a: number, b: number) => (a / b).toFixed(2);

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * Each size built in turn, the real site then its floor, ROUNDS times over: on a shared machine one build can take
 * half as long again as the same build a minute later, and the fastest of each is the one least disturbed. The first
 * round's real builds are weighed (pages and cards).
 */
const times = new Map<string, number[]>();
const key = (n: number, floor: boolean) => `${n}${floor ? ' floor' : ''}`;
const timesOf = (n: number, floor: boolean) => times.get(key(n, floor)) ?? [];
const fastest = (n: number, floor: boolean) => Math.min(...timesOf(n, floor));
const runs = new Map<number, Awaited<ReturnType<typeof generatedSite>>>();
for (let round = 0; round < ROUNDS; round++) {
  for (const n of [2, ...SIZES]) {
    for (const floor of [false, true]) {
      const site = await generatedSite(n, floor, { weigh: round === 0 });
      if (round === 0 && !floor) runs.set(n, site);
      times.set(key(n, floor), [...timesOf(n, floor), site.seconds]);
    }
  }
}
const real = runs.get(2)!;

console.log('\nPage weights of the real site (bytes; gzip -9)\n');
console.log('| page | HTML | HTML gz | CSS | CSS gz | JS | JS gz | total gz | requests |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const r of real.rows) {
  console.log(`| ${r.page} | ${r.html} | ${r.htmlGz} | ${r.css} | ${r.cssGz} | ${r.js} | ${r.jsGz} | ${total(r)} | ${r.requests} |`);
}
const heaviest = real.rows.reduce((a, b) => (total(a) > total(b) ? a : b));
console.log(`\nHeaviest: ${heaviest.page} at ${kib(total(heaviest))} KiB gzip in ${heaviest.requests} requests.`);
printCardCost(real.cards!);

const list = (seconds: number[]) => seconds.map((t) => t.toFixed(1)).join(', ');
console.log(`\nBuild time (astro build with its search index and share cards; fresh caches; wall clock; the fastest of ${ROUNDS}, then each)\n`);
console.log('| reports | this site s | of which waiting for cards after the pages s (drawn) | floor (MDX only) s | ratio |');
console.log('|--:|--:|--:|--:|--:|');
for (const [n, r] of runs) {
  console.log(
    `| ${n} | ${fastest(n, false).toFixed(1)} (${list(timesOf(n, false))}) | ${r.cardSeconds.toFixed(1)} (${r.drawn}) | ` +
      `${fastest(n, true).toFixed(1)} (${list(timesOf(n, true))}) | ${pct(fastest(n, false), fastest(n, true))} |`,
  );
}
// Between the smallest and largest size asked for; from the real site's two reports when only one is.
const [small, large] = SIZES.length > 1 ? [Math.min(...SIZES), Math.max(...SIZES)] : [2, SIZES[0]];
const marginal = (floor: boolean) => ((fastest(large, floor) - fastest(small, floor)) / (large - small)) * 1000;
const perReport = marginal(false);
const perReportFloor = marginal(true);
const cold = fastest(2, false) / fastest(2, true);
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(
  `\nCost per new report, its share card drawn (${small} → ${large}): ${perReport.toFixed(1)} ms; ` +
    `floor ${perReportFloor.toFixed(1)} ms; ratio ${pct(perReport, perReportFloor)} (target 2 or less: ${verdict(perReport <= 2 * perReportFloor)}); ` +
    `of it, waiting for cards after the pages ${(((runs.get(large)!.cardSeconds - runs.get(small)!.cardSeconds) / (large - small)) * 1000).toFixed(1)} ms`,
);
console.log(
  `Cold build of the real site: ${fastest(2, false).toFixed(1)} s; the same two reports as plain MDX ${fastest(2, true).toFixed(1)} s; ` +
    `ratio ${cold.toFixed(2)} (target 1.5 or less: ${verdict(cold <= 1.5)})`,
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
