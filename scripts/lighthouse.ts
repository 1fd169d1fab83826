/**
 * `npm run lighthouse [-- /path/ …]`: builds the site into dist-lighthouse/,
 * serves it gzip-compressed as a host would (scripts/serve.ts --gzip, with
 * the site's headers), and runs Lighthouse (mobile settings, its defaults) on
 * the pages named, or on every page, in Chromium. Prints the four category
 * scores, the Largest Contentful Paint and the Total Blocking Time of each.
 *
 * Lighthouse (about 150 MB with its dependencies) is not installed with the
 * project: `npm exec` fetches it into npm's cache on the first run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChromium } from './lib/ensure-chromium.mjs';

const LIGHTHOUSE = 'lighthouse@13';
const PORT = process.env.LIGHTHOUSE_PORT ?? '4424';
const DIST = 'dist-lighthouse';

const env = { ...process.env, DIST_DIR: DIST };
execFileSync('npm', ['run', 'build'], { env, stdio: 'ignore' });

// The compressed copy of every text file, which the server sends to clients that accept gzip.
const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' });
for (const file of files.filter((f) => /\.(html|css|js|json|svg|xml|txt)$/.test(f))) {
  writeFileSync(join(DIST, `${file}.gz`), gzipSync(readFileSync(join(DIST, file)), { level: 9 }));
}
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : files
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => `/${f.replace(/index\.html$/, '')}`)
      .sort();

const server = spawn(process.execPath, ['scripts/serve.ts', '--port', PORT, '--gzip'], { env, stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));

const out = mkdtempSync(join(tmpdir(), 'lighthouse-'));
const rows: string[] = [];
try {
  for (const path of pages) {
    const report = join(out, 'report.json');
    execFileSync(
      'npm',
      ['exec', '--yes', `--package=${LIGHTHOUSE}`, '--', 'lighthouse', `http://localhost:${PORT}${path}`,
        '--output=json', `--output-path=${report}`, '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run'],
      { env: { ...process.env, CHROME_PATH: findChromium() }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const lcp = lhr.audits['largest-contentful-paint'].numericValue / 1000;
    const tbt = lhr.audits['total-blocking-time'].numericValue;
    rows.push(
      `| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp.toFixed(2)} s | ${tbt.toFixed(0)} ms |`,
    );
  }
} finally {
  server.kill();
  rmSync(out, { recursive: true, force: true });
}
console.log('| page | performance | accessibility | best practices | SEO | LCP | TBT |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
console.log(rows.join('\n'));
