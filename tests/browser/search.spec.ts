/**
 * /search/: names found under any spelling, Pagefind fetched only once the
 * reader searches, under the page's CSP, and a page that still helps
 * without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGEFIND = '/pagefind/pagefind.js';

/** Every console error (a CSP violation is one) and page error from now on. */
function problems(page: Page) {
  const seen: string[] = [];
  page.on('console', (m) => m.type() === 'error' && seen.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  return seen;
}

/** Types a query into the form and returns the result links' hrefs once the count is announced. */
async function search(page: Page, query: string) {
  await page.getByLabel(/Words or a name/).fill(query);
  await expect(page.getByRole('status')).toContainText(`“${query}”`);
  return page.locator('.search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

test('on one page, searches find a name under any spelling, a person and a report section, a person by role', async ({ page }) => {
  const errors = problems(page);
  await page.goto('/search/');
  await test.step('with JavaScript, the page does not say that search needs it, and still points to the lists', async () => {
    const help = page.locator('.search-help');
    await expect(help).toBeVisible();
    // (hidden by CSS, so the text a reader sees, not the markup's)
    await expect(help).not.toContainText('needs JavaScript', { useInnerText: true });
    await expect(help.getByRole('link', { name: 'Who is who' })).toHaveAttribute('href', '/people/');
  });
  for (const spelling of ['Tikhanovskaya', 'Tsikhanouskaya']) {
    await test.step(`“${spelling}” finds Sviatlana Tsikhanouskaya’s page`, async () => {
      expect(await search(page, spelling)).toContain('/people/tsikhanouskaya/');
    });
  }
  await test.step('“Bialiatski” finds his page and a report section', async () => {
    const hrefs = await search(page, 'Bialiatski');
    expect(hrefs).toContain('/people/bialiatski/');
    expect(hrefs.some((h) => /^\/reports\/[^/]+\/#[\w-]+$/.test(h)), hrefs.join(', ')).toBe(true);
    // Each result shows an excerpt with the hit marked.
    await expect(page.locator('.search-results li mark').first()).toHaveText(/Bialiatski/i);
  });
  await test.step('a person is found by their role, the words of a fact kept apart', async () => {
    expect(await search(page, 'special envoy')).toContain('/people/coale/');
  });
  expect(errors).toEqual([]);
});

test('Pagefind is fetched on the first search, not with the page', async ({ page }) => {
  const errors = problems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/search/');
  // Once the page is loaded and its scripts have had an idle moment to fetch anything they would.
  await page.evaluate(() => new Promise((idle) => requestIdleCallback(idle)));
  expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);

  await search(page, 'potash');
  expect(requests).toContain(PAGEFIND);
  expect(errors).toEqual([]);
});

test('where the worker fails, Pagefind runs in the page, within its CSP', async ({ page }) => {
  const errors = problems(page);
  await page.route('**/pagefind/pagefind-worker.js', (route) => route.abort());
  await page.goto('/search/');
  expect(await search(page, 'Tikhanovskaya')).toContain('/people/tsikhanouskaya/');
  expect(errors).toEqual([]);
});

test('a ?q= address runs its search on load, and typing keeps the address in step', async ({ page }) => {
  const errors = problems(page);
  await page.goto('/search/?q=Tikhanovskaya');
  await expect(page.getByLabel(/Words or a name/)).toHaveValue('Tikhanovskaya');
  await expect(page.getByRole('status')).toContainText('“Tikhanovskaya”');
  await expect(page.locator('.search-results a[href="/people/tsikhanouskaya/"]')).toBeVisible();

  await search(page, 'Kolesnikova');
  expect(new URL(page.url()).search).toBe('?q=Kolesnikova');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the form is there, and the page points to every spelling and the reports', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('search').getByRole('searchbox', { name: /Words or a name/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
    const help = page.locator('.search-help');
    await expect(help.locator('.no-js-note')).toBeVisible();
    await expect(help).toContainText('needs JavaScript');
    await expect(help.getByRole('link', { name: 'Who is who' })).toHaveAttribute('href', '/people/');
    await expect(help.getByRole('link', { name: /reports/i })).toHaveAttribute('href', '/reports/');
  });
});
