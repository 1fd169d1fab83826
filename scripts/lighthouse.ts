/**
 * `npm run lighthouse [-- /path/ …]`: Lighthouse (mobile settings, its
 * defaults) on the pages named, or on every page, beside the floor
 * (scripts/lib/floor.ts: the same two reports as plain MDX, nothing else).
 *
 * Builds the site into dist-lighthouse/ and the floor into a temporary copy,
 * serves both compressed as a host would (scripts/serve.ts --gzip, with the
 * site's headers), and runs Lighthouse LIGHTHOUSE_ROUNDS times (5) in turn:
 * each page of the site, then each of the floor's. On this machine one run's
 * Total Blocking Time can be ten times the next one's (the floor's alone
 * ranges from 0 to over 100 ms), so each page is given by its median, with
 * every run's figure beside it. Prints the four category scores, the LCP and
 * the TBT of each page, and the verdict on the target: every page's median
 * TBT within 10 ms of the floor's. About 20 s a run: five rounds of two pages
 * and the floor's two took six minutes.
 *
 * Lighthouse (about 150 MB with its dependencies) is not installed with the
 * project: `npm exec` fetches it into npm's cache on the first run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from './lib/ensure-chromium.mjs';
import { makeFloor } from './lib/floor.ts';
import { builtPages } from './lib/site-links.ts';
import { loadSite } from '../src/lib/site.ts';
import { movedPaths } from '../src/lib/model/moved.ts';
import { build, copyProject, removeCopy } from './lib/project-copy.ts';

const LIGHTHOUSE = 'lighthouse@13';
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4424);
const ROUNDS = Number(process.env.LIGHTHOUSE_ROUNDS ?? 5);
const DIST = resolve('dist-lighthouse');
/** How far above the floor's a page's median TBT may be (issue 20). */
const TBT_MARGIN_MS = 10;

/**
 * The pages of a built site but the 404 page, which is served with its status, and Lighthouse measures no
 * error page; and but a report's old address, whose script sends the reader on to the report (measured itself).
 */
const pagesOf = (dist: string, moved = new Set<string>()) =>
  builtPages(dist)
    .map((p) => p.url)
    .filter((url) => url.endsWith('/') && !moved.has(url));

/** The compressed copy of every text file, which the server sends to clients that accept gzip. */
function compress(dist: string) {
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|css|js|json|svg|xml|txt)$/.test(f))) {
    writeFileSync(join(dist, `${file}.gz`), gzipSync(readFileSync(join(dist, file)), { level: 9 }));
  }
}

/** Serves `dist` on `port`, as scripts/serve.ts does for the site. */
function serve(dist: string, port: number) {
  return spawn(process.execPath, ['scripts/serve.ts', '--port', String(port), '--gzip'], {
    env: { ...process.env, DIST_DIR: dist },
    stdio: 'ignore',
  });
}

execFileSync('npm', ['run', 'build'], { env: { ...process.env, DIST_DIR: DIST }, stdio: 'ignore' });
compress(DIST);
const floorDir = copyProject();
makeFloor(floorDir);
const floorBuild = build(floorDir);
if (floorBuild.status !== 0) {
  removeCopy(floorDir);
  throw new Error(`the floor's build failed:\n${floorBuild.output}`);
}
const floorDist = join(floorDir, 'dist');
// scripts/serve.ts sends a site's own headers and 404 page; the floor has neither of its own.
writeFileSync(join(floorDist, '_headers'), '');
writeFileSync(join(floorDist, '404.html'), '<!doctype html><title>Not found</title>');
compress(floorDist);

const named = process.argv.slice(2);
const targets = [
  ...(named.length ? named : pagesOf(DIST, movedPaths(loadSite()))).map((path) => ({ page: path, url: `http://localhost:${PORT}${path}`, floor: false })),
  ...pagesOf(floorDist).map((path) => ({ page: `floor ${path}`, url: `http://localhost:${PORT + 1}${path}`, floor: true })),
];

type Run = { performance: number; accessibility: number; bestPractices: number; seo: number; lcp: number; tbt: number };
function lighthouse(url: string, out: string): Run {
  const report = join(out, 'report.json');
  execFileSync(
    'npm',
    ['exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', url, '--output=json', `--output-path=${report}`, '--quiet',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
    { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const lhr = JSON.parse(readFileSync(report, 'utf8'));
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: lhr.audits['largest-contentful-paint'].numericValue / 1000,
    tbt: lhr.audits['total-blocking-time'].numericValue,
  };
}

const servers = [serve(DIST, PORT), serve(floorDist, PORT + 1)];
await new Promise((resolve) => setTimeout(resolve, 1500));
const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const runs = new Map<string, Run[]>(targets.map((t) => [t.page, []]));
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { page, url } of targets) runs.get(page)!.push(lighthouse(url, out));
  }
} finally {
  for (const server of servers) server.kill();
  rmSync(out, { recursive: true, force: true });
  removeCopy(floorDir);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const of = (page: string, key: keyof Run) => median(runs.get(page)!.map((r) => r[key]));
const floorTbt = median(targets.filter((t) => t.floor).flatMap((t) => runs.get(t.page)!.map((r) => r.tbt)));

console.log(`Lighthouse, mobile, served with gzip: the median of ${ROUNDS} runs of each page, taken in turn (TBT: each run)\n`);
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT median | TBT runs |');
console.log('|---|--:|--:|--:|--:|--:|--:|---|');
for (const { page } of targets) {
  console.log(
    `| ${page} | ${of(page, 'performance')} | ${of(page, 'accessibility')} | ${of(page, 'bestPractices')} | ${of(page, 'seo')} | ` +
      `${of(page, 'lcp').toFixed(2)} s | ${of(page, 'tbt').toFixed(0)} ms | ${runs.get(page)!.map((r) => r.tbt.toFixed(0)).join(', ')} |`,
  );
}
const over = targets.filter((t) => !t.floor && of(t.page, 'tbt') > floorTbt + TBT_MARGIN_MS).map((t) => t.page);
console.log(
  `\nThe floor's median TBT (all its runs): ${floorTbt.toFixed(0)} ms. Every page within ${TBT_MARGIN_MS} ms of it: ` +
    (over.length ? `NOT met (${over.join(', ')})` : 'met'),
);
