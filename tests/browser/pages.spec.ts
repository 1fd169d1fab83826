/**
 * Without JavaScript: a report reads in full, the same words as with it, and
 * no control that needs a script is shown. (Everything checked on every page
 * is in every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { layOutEveryBlock } from '../support/laid-out-when-near.ts';
import { REAL } from '../support/sites.ts';

const { reports } = buildModel(loadContent(REAL.content));

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const report of reports) {
    test(`${report.id} reads in full`, async ({ page, browser }) => {
      await page.goto(`/reports/${report.id}/`);
      for (const s of report.sections) await expect(page.locator(`#${s.id}`)).toBeVisible();
      await expect(page.locator('figure.quote').first()).toBeVisible();
      // innerText leaves out what is not laid out yet: the text far below the screen.
      await layOutEveryBlock(page);
      const withoutJs = await page.locator('.report-body').innerText();

      const withJs = await (await browser.newContext({ javaScriptEnabled: true })).newPage();
      await withJs.goto(page.url());
      await layOutEveryBlock(withJs);
      // The same words, less the Copy link buttons, shown only where a script makes them copy.
      const enhanced = (await withJs.locator('.report-body').innerText()).replaceAll('Copy link', '');
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      expect(words(withoutJs)).toEqual(words(enhanced));
      expect(words(withoutJs).length).toBeGreaterThan(400);
    });
  }

  test('/summary/ offers no print button, which would do nothing: the browser prints it', async ({ page }) => {
    await page.goto('/summary/');
    // In the page, and hidden.
    await expect(page.locator('button', { hasText: 'Print this summary' })).toHaveCount(1);
    await expect(page.locator('button', { hasText: 'Print this summary' })).toBeHidden();
  });
});
