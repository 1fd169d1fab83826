/**
 * `npm run lighthouse`: builds the site, serves it, and runs Lighthouse
 * (mobile settings, its defaults) on every page in Chromium, printing the
 * four category scores and the Largest Contentful Paint of each.
 */
import { spawn, execSync } from 'node:child_process';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { readSite } from './lib/site-links.ts';
import { findChromium } from './lib/ensure-chromium.mjs';

import { ROOT } from './lib/paths.ts';
const PORT = 4323;

execSync('npm run build', { cwd: ROOT, stdio: 'ignore' });
const server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(PORT), '--ignore-lock'], {
  cwd: ROOT,
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 3000));

const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const pages = [...readSite(join(ROOT, 'dist')).keys()].filter((p) => p !== '/404.html');
const rows: string[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`http://localhost:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const lcp = lhr.audits['largest-contentful-paint'].numericValue! / 1000;
    rows.push(`| ${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${lcp.toFixed(2)} s |`);
  }
} finally {
  chrome.kill();
  server.kill();
}
console.log('| page | performance | accessibility | best practices | SEO | LCP |');
console.log('|---|--:|--:|--:|--:|--:|');
console.log(rows.join('\n'));
