/**
 * Every page of the built site, as a reader's browser loads it.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content';
import { buildModel } from '../../src/lib/model';
import { DIST, CONTENT } from '../support/paths';
import { readSite } from '../support/site-links';

const pages = [...readSite(DIST).keys()].filter((p) => p !== '/404.html');
const { reports, people } = buildModel(loadContent(CONTENT));

/** Loads a page and collects every console error, page error and failed or refused request. */
async function visit(page: Page, path: string, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  // Nothing leaves the site's origin: no third-party fonts, scripts, images or analytics.
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'about:'].includes(url.protocol) && url.origin !== origin) {
      problems.push(`third-party request: ${r.url()}`);
    }
  });
  const response = await page.goto(path);
  await page.waitForLoadState('networkidle');
  return { status: response?.status(), problems };
}

test('the site has every page a reader needs', () => {
  const expected = ['/', '/reports/', '/people/', '/countries/', '/sanctions/', '/summary/', '/compare/', '/search/', '/about/'];
  for (const r of reports) expected.push(`/reports/${r.id}/`);
  for (const p of people) expected.push(`/people/${p.id}/`);
  expect(pages.sort()).toEqual(expected.sort());
});

for (const path of pages) {
  test(`${path} loads cleanly, with a title, a description, one h1 and a canonical URL`, async ({ page, baseURL }) => {
    const { status, problems } = await visit(page, path, new URL(baseURL!).origin);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
    expect((await page.title()).trim()).not.toBe('');
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/\w{3,}/);
    await expect(page.locator('h1')).toHaveCount(1);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toMatch(/^https?:\/\//);
    expect(new URL(canonical!).pathname).toBe(path);
    expect(new URL(canonical!).origin).not.toBe(new URL(baseURL!).origin);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain('unsafe-inline');
  });
}

test('an unknown address gets the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'The reports' })).toHaveAttribute('href', '/reports/');
});

for (const report of reports) {
  test(`${report.id} renders every section, in order, and lists each in its table of contents`, async ({ page }) => {
    await page.goto(`/reports/${report.id}/`);
    const ids = await page.locator('.report-body :is(h2, h3)[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids).toEqual(report.sections.map((s) => s.id));
    const toc = await page.locator('.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(toc).toEqual(report.sections.map((s) => `#${s.id}`));
  });
}

for (const person of people) {
  test(`/people/${person.id}/ shows every spelling and links to sections that exist`, async ({ page, request }) => {
    await page.goto(`/people/${person.id}/`);
    for (const spelling of [person.data.name, ...person.data.aliases]) {
      await expect(page.locator('.facts li', { hasText: spelling }).first()).toBeVisible();
    }
    const mentions = await page.locator('.mentions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(mentions.length).toBeGreaterThan(0);
    for (const href of mentions) {
      const [path, id] = href.split('#');
      const report = reports.find((r) => path === `/reports/${r.id}/`);
      expect(report?.sections.map((s) => s.id), href).toContain(id);
      expect((await request.get(path)).status()).toBe(200);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const report of reports) {
    test(`${report.id} reads in full`, async ({ page, browser }) => {
      await page.goto(`/reports/${report.id}/`);
      for (const s of report.sections) await expect(page.locator(`#${s.id}`)).toBeVisible();
      await expect(page.locator('figure.quote').first()).toBeVisible();
      const withoutJs = await page.locator('.report-body').innerText();

      const withJs = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
      await withJs.goto(page.url());
      // The same words, less the Copy link buttons that JavaScript adds.
      const enhanced = (await withJs.locator('.report-body').innerText()).replaceAll('Copy link', '');
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      expect(words(withoutJs)).toEqual(words(enhanced));
      expect(words(withoutJs).length).toBeGreaterThan(400);
    });
  }
});
