/**
 * The locator map of where the freed prisoners went (with, on /countries/, the
 * page's listing of the figures as its caption), and the timeline, as a
 * reader's browser shows them: their figures are the data's,
 * they need no JavaScript. Each page loaded once, without JavaScript. (That no
 * page outgrows 14 KiB gzip for them: tests/built/page-weight.test.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { countriesPage } from '../../src/lib/model/countries-page.ts';
import { REAL } from '../support/sites.ts';

const content = loadContent(REAL.content);
const events = content.events.map((e) => e.data);

test.use({ javaScriptEnabled: false });

for (const path of ['/', '/countries/']) {
  test(`${path}: ${path === '/countries/' ? 'the listing of the figures is the map\'s caption, ' : ''}the locator map gives each report's figure as text with its sources${path === '/' ? ', the timeline lists every event' : ''}`, async ({ page }) => {
    await page.goto(path);
    // One picture of where the freed went on each page, the map: on /countries/ its caption is the page's one
    // listing of the figures (src/lib/model/countries-page.ts), and the chart, drawn only for content with no
    // country on the map, is not there.
    if (path === '/countries/') await test.step('the map, with the listing of the figures as its caption, and no chart', async () => {
      await expect(page.getByRole('img', { name: 'Where the freed prisoners went' })).toHaveCount(0);
      const listing = page.locator('.locator-map figcaption .figure-listing');
      await expect(listing).toHaveCount(1);
      for (const { country, rows } of countriesPage(buildModel(content)).listing) {
        const group = listing.locator('tbody').filter({ has: page.locator(`th#${country.id}`) });
        const hrefs = await group.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs, country.id).toEqual(rows.map((r) => r.citation.href));
      }
    });
    await test.step("the locator map has a name, a description, and each report's figure as text with its sources", async () => {
      const map = page.getByRole('img', { name: 'Map of the routes the freed prisoners took' });
      await expect(map).toBeVisible();
      const model = buildModel(content);
      const table = page.locator('.locator-map table');
      // The home page draws the routes alone (its key numbers give the figures, each once): the figures are in the
      // map's description there, for a screen reader; on /countries/ in labels and the page's listing (above).
      const withFigures = path !== '/';
      if (!withFigures) await expect(table).toHaveCount(0);
      const listed = path === '/countries/';
      const column = (outlet: string) => table.locator('thead th').filter({ hasText: outlet });
      for (const { country, figures } of model.destinations) {
        const row = table.locator('tbody tr').filter({ has: page.locator('th', { hasText: country.data.name }) });
        for (const f of figures) {
          // Credited as the figure is: "114, Al Jazeera, citing …".
          if (f.count !== undefined) await expect(map.locator('desc')).toContainText(`${f.count}, ${f.credit}`);
          if (!withFigures) {
            if (f.count !== undefined) await expect(map.locator(`.map-label[data-id="${country.id}"]`)).not.toContainText(String(f.count));
            continue;
          }
          if (f.count !== undefined) await expect(map.locator(`.map-label[data-id="${country.id}"]`)).toContainText(String(f.count));
          if (listed) continue;
          // Every section the figure comes from is linked from its cell of the table, under its outlet.
          const index = await column(f.outlet).evaluate((th) => [...th.parentElement!.children].indexOf(th));
          const hrefs = await row.locator(`> :nth-child(${index + 1}) a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
          expect(hrefs.sort(), `${country.id}, ${f.report}`).toEqual(f.citations.map((c) => c.href).sort());
        }
      }
      // Solid lines for the first transfer, dashed for onward travel.
      await expect(map.locator('g.direct')).not.toHaveCount(0);
      await expect(map.locator('g.onward')).not.toHaveCount(0);
    });
    if (path === '/') {
      await test.step('the timeline lists every event in date order, each with a source link', async () => {
        const items = page.locator('.timeline > li');
        await expect(items).toHaveCount(events.length);
        const whens = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
        expect(whens).toEqual([...whens].sort());
        expect(whens.sort()).toEqual(events.map((e) => e.when).sort());
        for (const item of await items.all()) {
          await expect(item.locator('a[href^="/reports/"]').first()).toHaveAttribute('href', /^\/reports\/[\w-]+\/#[\w-]+$/);
        }
      });
    }
    await test.step('on a phone, every label of the pictures lies inside its picture', async () => {
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await labelsOutsideTheirPicture(page)).toEqual([]);
    });
    // WebKit (Safari) takes no transform-box on a foreignObject: it scales a label about the origin of its
    // user space, not about the label's corner. Each label must sit at that origin (PictureLabel's group),
    // so that where it lands does not depend on the property.
    await test.step('the labels land in the same place where transform-box is not taken, as in Safari', async () => {
      const labels = page.locator('figure svg .picture-label');
      const places = () =>
        labels.evaluateAll((labels) =>
          labels.map((label) => {
            const range = document.createRange();
            range.selectNodeContents(label);
            const { left, top } = range.getBoundingClientRect();
            return `“${label.textContent!.trim()}” at ${Math.round(left)}, ${Math.round(top)}`;
          }),
        );
      const placed = await places();
      expect(placed.length).toBeGreaterThan(0);
      await labels.evaluateAll((labels) => labels.forEach((l) => ((l as SVGElement).style.transformBox = 'view-box')));
      expect(await places()).toEqual(placed);
      await labels.evaluateAll((labels) => labels.forEach((l) => (l as SVGElement).style.removeProperty('transform-box')));
    });
    // A reader who sets a larger default text size in the browser gets larger text, but the pictures'
    // labels keep the size the picture placed them at: larger, they would cover each other and run out of it.
    await test.step('with a larger default text size too (24 px)', async () => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
      expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('27px');
      expect(await labelsOutsideTheirPicture(page)).toEqual([]);
    });
  });
}

/** Each label of the page's pictures whose text reaches outside its picture, with where it lies. */
function labelsOutsideTheirPicture(page: Page): Promise<string[]> {
  return page.locator('figure svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const frame = svg.getBoundingClientRect();
      return [...svg.querySelectorAll('.picture-label')].flatMap((text) => {
        const range = document.createRange();
        range.selectNodeContents(text);
        const box = range.getBoundingClientRect();
        const inside = box.left >= frame.left - 1 && box.right <= frame.right + 1 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
        return inside ? [] : [`“${text.textContent!.trim()}”: ${Math.round(box.left)}–${Math.round(box.right)} in ${Math.round(frame.left)}–${Math.round(frame.right)}`];
      });
    }),
  );
}
