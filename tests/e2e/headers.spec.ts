/**
 * The site as its host serves it: dist/ with the headers of dist/_headers
 * applied (Playwright's web server is scripts/serve.ts, as `npm start` is).
 * Every page, and what a reader does on it (search, copy a link, print), runs
 * with no console error and no Content Security Policy violation.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSite } from '../support/site-links';
import { pagePolicy } from '../../src/integrations/security-headers';

import { DIST as dist } from '../support/paths';
const pages = [...readSite(dist).keys()];
const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

/** Records console errors, page errors and CSP violations from the page's first script on. */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
  return problems;
}

const COMMON = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

for (const path of pages) {
  test(`${path} is served with its own strict CSP, HSTS and CORP, and runs with no error or violation`, async ({ page }) => {
    const problems = await watch(page);
    const response = await page.goto(path === '/404.html' ? '/no-such-page/' : path);
    await page.waitForLoadState('networkidle');
    const headers = response!.headers();
    expect(headers).toMatchObject(COMMON);
    // The header states the page's own <meta> policy, hashes and all, and what only a header can say.
    const policy = headers['content-security-policy'];
    expect(policy).toBe(pagePolicy(readFileSync(fileOf(path), 'utf8')));
    expect(policy).toMatch(/^default-src 'self';.* script-src 'self'.*; frame-ancestors 'none'$/);
    expect(policy).not.toContain('unsafe-inline');
    expect(headers['permissions-policy']).not.toContain('interest-cohort');
    // The 404 page's own status is the one error Chromium logs there.
    const expected = path === '/404.html' ? [expect.stringMatching(/status of 404/)] : [];
    expect(problems).toEqual(expected);
  });
}

test('every other file has a policy that loads and runs nothing', async ({ request }) => {
  for (const path of ['/rss.xml', '/robots.txt', '/favicon.svg', '/sitemap-index.xml']) {
    const headers = (await request.get(path)).headers();
    expect(headers, path).toMatchObject({ ...COMMON, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" });
  }
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('search runs under the headers: Pagefind and its worker load, results show', async ({ page }) => {
  const problems = await watch(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('/search/');
  await page.getByLabel(/Words or a name/).fill('Tikhanovskaya');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('match');
  expect(workers).toContain('/pagefind/pagefind-worker.js');
  expect(problems).toEqual([]);
});

test('copy link runs under the headers', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watch(page);
  const report = pages.find((p) => p.startsWith('/reports/') && p !== '/reports/')!;
  await page.goto(report);
  const button = page.locator('button.copy-link').first();
  await button.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await button.getAttribute('data-url'));
  expect(problems).toEqual([]);
});

test('the print button runs under the headers', async ({ page }) => {
  const problems = await watch(page);
  // The dialog itself is the browser's: count the call instead of opening it.
  await page.addInitScript(() => {
    window.print = () => void document.documentElement.setAttribute('data-printed', '');
  });
  await page.goto('/summary/');
  await page.getByRole('button', { name: 'Print this summary' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  expect(problems).toEqual([]);
});
