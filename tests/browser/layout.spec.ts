/**
 * How the main pages look at a phone's and a desktop's width, in both colour
 * schemes. Each combination is saved as a screenshot under
 * test-results/screenshots/ for a person to review, and checked for the
 * faults a screenshot shows at a glance: sideways scrolling, a header that
 * takes over a phone screen, body text too small or lines too long. Each page
 * is loaded once for its four looks. (No sideways scrolling on every page at
 * 320 px: every-page.spec.ts.) Also: long pages leave the blocks far below
 * the screen unlaid-out at load, and that moves nothing on any page.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtPages } from '../../scripts/lib/site-links.ts';
import { LAID_OUT_WHEN_NEAR, layOutEveryBlock } from '../support/laid-out-when-near.ts';
import { builtDist, REAL } from '../support/sites.ts';

const PAGES = {
  home: '/',
  report: '/reports/al-jazeera/',
  person: '/people/tsikhanouskaya/',
  countries: '/countries/',
  compare: '/compare/',
};
const WIDTHS = { phone: 375, desktop: 1280 };
const SCREENSHOTS = 'test-results/screenshots';

for (const [name, path] of Object.entries(PAGES)) {
  test(`${name} fits the screen of a phone and a desktop, in both schemes`, async ({ page }) => {
    await page.goto(path);
    // A full-page screenshot captures below the screen without scrolling there.
    await layOutEveryBlock(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [device, width] of Object.entries(WIDTHS)) {
        await page.setViewportSize({ width, height: device === 'phone' ? 740 : 900 });
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: `${SCREENSHOTS}/${name}-${device}-${colorScheme}.png`, fullPage: true });
        const layout = await page.evaluate(() => {
          const header = document.querySelector('header')!.getBoundingClientRect();
          // The page's body text: its longest paragraph on view (not one in a closed <details>).
          const paragraph = [...document.querySelectorAll('main p')].filter((p) => p.checkVisibility()).sort(
            (a, b) => b.textContent!.length - a.textContent!.length,
          )[0];
          const style = getComputedStyle(paragraph);
          // The average width of a character of this text, measured on one line.
          const text = paragraph.textContent!;
          const probe = document.createElement('span');
          probe.style.whiteSpace = 'nowrap';
          probe.textContent = text;
          paragraph.append(probe);
          const charWidth = probe.getBoundingClientRect().width / text.length;
          probe.remove();
          return {
            scrollWidth: document.documentElement.scrollWidth,
            viewport: window.innerWidth,
            headerHeight: header.height,
            fontSize: parseFloat(style.fontSize),
            charsPerLine: paragraph.getBoundingClientRect().width / charWidth,
          };
        });
        expect(layout.scrollWidth, `${device}, ${colorScheme}: no sideways scrolling`).toBeLessThanOrEqual(layout.viewport);
        expect(layout.headerHeight, `${device}: header height`).toBeLessThanOrEqual(device === 'phone' ? 96 : 80);
        expect(layout.fontSize, `${device}: body text size`).toBeGreaterThanOrEqual(17);
        expect(layout.fontSize, `${device}: body text size`).toBeLessThanOrEqual(20);
        expect(layout.charsPerLine, `${device}: characters per line`).toBeLessThanOrEqual(75);
      }
    }
  });
}

test("on a phone, the current page's link is in view in the header", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/search/', '/summary/', '/compare/']) {
    await page.goto(path);
    // The nav is scrolled once the browser is idle after loading (it stays out of the load's critical path).
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const [link, nav] = ['.site-nav [aria-current="page"]', '.site-nav'].map((s) => document.querySelector(s)!.getBoundingClientRect());
            // Within the nav's visible box, give or take a pixel of rounding.
            return link.left >= nav.left - 1 && link.right <= nav.right + 1;
          }),
        { message: `${path}: its link in view` },
      )
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY), path).toBe(0);
  }
  // A deep link still lands on its section: scrolling the links does not scroll the page.
  await page.goto('/reports/al-jazeera/#where-they-went');
  await expect(page.locator('#where-they-went')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  test("on a phone, the current page's link is in view in the header at once, by CSS alone (no script measures the page)", async ({ page }) => {
    for (const path of ['/search/', '/about/']) {
      await page.goto(path);
      const [link, nav] = await Promise.all(['.site-nav [aria-current="page"]', '.site-nav'].map((s) => page.locator(s).boundingBox()));
      expect(link!.x, path).toBeGreaterThanOrEqual(nav!.x - 1);
      expect(link!.x + link!.width, path).toBeLessThanOrEqual(nav!.x + nav!.width + 1);
      // It had to be scrolled to: the row is wider than the screen, and these links are near its end.
      expect(await page.locator('.site-nav').evaluate((n) => n.scrollLeft), path).toBeGreaterThan(0);
    }
  });
});

test('long pages lay out only the blocks near the screen at load, and skipping the others moves nothing', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  // What a block shows, whether the browser has laid it out: its first child, which is skipped with it.
  const shown = (selector: string) =>
    page.locator(selector).evaluate((block) => block.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));

  await page.goto('/compare/');
  const claims = page.locator('.claim');
  const first = `#${await claims.first().getAttribute('id')}`;
  const last = `#${await claims.last().getAttribute('id')}`;
  expect(await shown(first), 'the first claim, on screen').toBe(true);
  expect(await shown(last), 'the last claim, thousands of pixels below').toBe(false);
  await page.locator(last).scrollIntoViewIfNeeded();
  await expect.poll(() => shown(last), { message: 'the last claim, once scrolled to' }).toBe(true);

  // A report's text, block by block: scrolled to its first heading, the last is still not laid out.
  await page.goto('/reports/al-jazeera/');
  const [firstHeading, lastHeading] = ['nth=0', 'nth=-1'].map((nth) => `.report-body > .heading-wrapper >> ${nth}`);
  expect(await shown(lastHeading), 'the last heading of the report, at load').toBe(false);
  await page.locator(firstHeading).scrollIntoViewIfNeeded();
  await expect.poll(() => shown(firstHeading), { message: 'the first heading, once scrolled to' }).toBe(true);
  expect(await shown(lastHeading), 'the last heading, thousands of pixels below the first').toBe(false);
  await page.locator(lastHeading).scrollIntoViewIfNeeded();
  await expect.poll(() => shown(lastHeading), { message: 'the last heading, once scrolled to' }).toBe(true);

  // Every page of the real build with such blocks, from its HTML.
  const HAS_BLOCKS = /class="(?:[^"]* )?render-(?:children-)?when-near[ "]/;
  const pages = builtPages(builtDist(REAL))
    .filter(({ file }) => HAS_BLOCKS.test(readFileSync(file, 'utf8')))
    .map((p) => p.url);
  expect(pages).toContain('/compare/');
  expect(pages).toContain('/reports/al-jazeera/');
  for (const path of pages) {
    await page.goto(path);
    // Every element's box with the blocks contained but all laid out, then neither contained nor skipped:
    // containment must not change the page (a child's margin no longer collapsing through a block moves text).
    const moved = await page.evaluate((selector) => {
      const blocks = [...document.querySelectorAll<HTMLElement>(selector)].filter((block) => block.closest('main'));
      const boxes = (contain: string) => {
        for (const block of blocks) {
          block.style.setProperty('content-visibility', 'visible', 'important');
          block.style.setProperty('contain', contain, 'important');
        }
        return [...document.querySelectorAll('main *')].map((e) => JSON.stringify(e.getBoundingClientRect()));
      };
      const contained = boxes('layout style paint');
      const free = boxes('none');
      return { blocks: blocks.length, moved: contained.filter((box, i) => box !== free[i]).length };
    }, LAID_OUT_WHEN_NEAR);
    expect(moved.blocks, `${path}: blocks laid out when near`).toBeGreaterThan(0);
    expect(moved.moved, `${path}: elements moved by containment`).toBe(0);
  }
});
