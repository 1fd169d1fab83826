/**
 * A link to a section at a report's old address (`formerIds`; src/lib/model/moved.ts), as a
 * reader follows it from a cold start: with JavaScript, it lands on the same section at the
 * report's address now; without, the old page shows the link to that section, and the
 * browser is sent on to the report.
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { movedPages } from '../../src/lib/model/moved.ts';
import { landing, settled, watch } from '../support/browser.ts';
import { SITES } from '../support/sites.ts';

for (const site of SITES) {
  const origin = `http://localhost:${site.port}`;
  for (const { path, to, sections } of movedPages(buildModel(loadContent(site.content)))) {
    // The last section: landing on it takes a scroll.
    const { id } = sections.at(-1)!;

    test.describe(`${site.name}: ${path}#${id}`, () => {
      test.use({ baseURL: origin });

      test(`with JavaScript, lands on ${to}#${id}`, async ({ page }) => {
        const problems = await watch(page, origin);
        // Until the old page is in: its script navigates again before it has loaded.
        await page.goto(`${path}#${id}`, { waitUntil: 'commit' });
        await expect(page).toHaveURL(`${origin}${to}#${id}`);
        await settled(page);
        const at = await landing(page, id);
        expect(at.isTarget).toBe(true);
        expect(at.covered).toBe(false);
        expect(at.top).toBeGreaterThanOrEqual(0);
        expect(problems).toEqual([]);
      });

      test.describe('without JavaScript', () => {
        test.use({ javaScriptEnabled: false });

        test(`shows the link to ${to}#${id}, and is refreshed to ${to}`, async ({ page }) => {
          // The refresh's request is held, never answered, so the old page stays to be read.
          await page.route(`${origin}${to}`, () => {});
          const refresh = page.waitForRequest(`${origin}${to}`);
          await page.goto(`${path}#${id}`);
          await refresh;
          const link = page.locator(`#${id}`);
          await expect(link).toBeVisible();
          await expect(link).toHaveAttribute('href', `${to}#${id}`);
          expect((await landing(page, id)).isTarget).toBe(true);
        });
      });
    });
  }
}
