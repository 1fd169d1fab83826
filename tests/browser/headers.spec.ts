/**
 * The site as its host serves it, beyond its pages (every-page.spec.ts checks
 * each of those): every other file with a policy that runs nothing, and what a
 * reader does on a page (search, copy a link, print) with no console error
 * and no Content Security Policy violation.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/site-links.ts';
import { COMMON_HEADERS as COMMON, watch } from '../support/browser.ts';
import { builtDist, REAL } from '../support/sites.ts';


test('every other file has a policy that loads and runs nothing', async ({ request }) => {
  for (const path of ['/rss.xml', '/robots.txt', '/favicon.png', '/sitemap-index.xml']) {
    const headers = (await request.get(path)).headers();
    expect(headers, path).toMatchObject({ ...COMMON, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'" });
  }
  expect((await request.get('/_headers')).status()).toBe(404);
});

test('no response sets Cross-Origin-Opener-Policy, which cost each page load a new browsing context group (security-headers.ts)', async ({ request }) => {
  for (const path of ['/', '/summary/', '/rss.xml']) expect((await request.get(path)).headers(), path).not.toHaveProperty('cross-origin-opener-policy');
});

test('search runs under the headers: Pagefind and its worker load, results show', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('/search/');
  await page.getByLabel(/Words or a name/).fill('Tikhanovskaya');
  await expect(page.locator('.search-results li').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('match');
  expect(workers).toContain('/pagefind/pagefind-worker.js');
  expect(problems).toEqual([]);
});

test('copy link runs under the headers', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems = await watch(page, new URL(baseURL!).origin);
  const report = builtPages(builtDist(REAL)).map((p) => p.url).find((p) => p.startsWith('/reports/') && p !== '/reports/')!;
  await page.goto(report);
  // The first button copies the first # link's address, on the canonical origin.
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  const hash = await page.locator('a.anchor-link').first().getAttribute('href');
  await page.locator('button.copy-link').first().click();
  await expect(page.getByRole('status')).toHaveText(`Link copied: ${canonical}${hash}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}${hash}`);
  expect(problems).toEqual([]);
});

test('the print button runs under the headers', async ({ page, baseURL }) => {
  const problems = await watch(page, new URL(baseURL!).origin);
  // The dialog itself is the browser's: count the call instead of opening it.
  await page.addInitScript(() => {
    window.print = () => void document.documentElement.setAttribute('data-printed', '');
  });
  await page.goto('/summary/');
  await page.getByRole('button', { name: 'Print this summary' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-printed', '');
  expect(problems).toEqual([]);
});
