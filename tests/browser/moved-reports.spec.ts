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

        test(`lists the link to ${to}#${id}, and is refreshed to ${to}`, async ({ page }) => {
          // The refresh is instant (a delayed one fails html-validate and axe), so the list is read from the page's HTML.
          const html = await (await page.request.get(`${origin}${path}`)).text();
          expect(html).toMatch(new RegExp(`id="${RegExp.escape(id)}"[^>]*href="${RegExp.escape(`${to}#${id}`)}"|href="${RegExp.escape(`${to}#${id}`)}"[^>]*id="${RegExp.escape(id)}"`));
          await page.goto(`${path}#${id}`);
          await page.waitForURL(new RegExp(`${RegExp.escape(to)}$`));
        });
      });
    });
  }
}
