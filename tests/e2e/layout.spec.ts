/**
 * How the main pages look at a phone's and a desktop's width, in both colour
 * schemes. Each combination is saved as a screenshot under
 * test-results/screenshots/ for a person to review, and checked for the
 * faults a screenshot shows at a glance: sideways scrolling, a header that
 * takes over a phone screen, body text too small or lines too long.
 */
import { expect, test } from '@playwright/test';
import { DIST } from '../support/paths';
import { readSite } from '../support/site-links';

const PAGES = {
  home: '/',
  report: '/reports/al-jazeera/',
  person: '/people/tsikhanouskaya/',
  countries: '/countries/',
  compare: '/compare/',
};
const WIDTHS = { phone: 375, desktop: 1280 };
const SCREENSHOTS = 'test-results/screenshots';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, width] of Object.entries(WIDTHS)) {
    test.describe(`${device}, ${colorScheme}`, () => {
      test.use({ colorScheme, viewport: { width, height: device === 'phone' ? 740 : 900 } });

      for (const [name, path] of Object.entries(PAGES)) {
        test(`${name} fits the screen`, async ({ page }) => {
          await page.goto(path);
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
          expect(layout.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(layout.viewport);
          expect(layout.headerHeight, 'header height').toBeLessThanOrEqual(device === 'phone' ? 96 : 80);
          expect(layout.fontSize, 'body text size').toBeGreaterThanOrEqual(17);
          expect(layout.fontSize, 'body text size').toBeLessThanOrEqual(20);
          expect(layout.charsPerLine, 'characters per line').toBeLessThanOrEqual(75);
        });
      }
    });
  }
}

test('no page scrolls sideways on the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of readSite(DIST).keys()) {
    await page.goto(path);
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll, path).toBeLessThanOrEqual(viewport);
  }
});

test('a long unbroken string from the content wraps on the narrowest phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  // The longest a name may be (80 characters, src/lib/load/schemas.ts) with no space, and a long URL in a sentence.
  const name = 'Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaftschaferswessen';
  const url = `https://example.org/${'a-very-long-path-segment-'.repeat(8)}`;
  for (const path of readSite(DIST).keys()) {
    await page.goto(path);
    // Every text node of the page's content, headings, tables and cards included, gets both strings.
    await page.evaluate(
      ([name, url]) => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          // Buttons' labels and <dt> terms are the site's own words, not content; cells kept on one line by
          // design (white-space: nowrap) hold a number or a date. The chart's SVG labels do not
          // wrap: DestinationChart has to shorten a long name itself.
          const parent = node.parentElement!;
          if (parent.closest('button, dt, script, style, svg') || getComputedStyle(parent).whiteSpace === 'nowrap') continue;
          if (node.textContent!.trim().length > 3) node.textContent = `${name} ${node.textContent} ${url}`;
        }
      },
      [name, url],
    );
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll, path).toBeLessThanOrEqual(viewport);
  }
});

test("on a phone, the current page's link is in view in the header", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ['/search/', '/summary/', '/compare/']) {
    await page.goto(path);
    const [link, nav] = await page.evaluate(() =>
      ['.site-nav [aria-current="page"]', '.site-nav'].map((s) => document.querySelector(s)!.getBoundingClientRect().toJSON()),
    );
    // Within the nav's visible box, give or take a pixel of rounding.
    expect(link.left, path).toBeGreaterThanOrEqual(nav.left - 1);
    expect(link.right, path).toBeLessThanOrEqual(nav.right + 1);
    expect(await page.evaluate(() => window.scrollY), path).toBe(0);
  }
  // A deep link still lands on its section: scrolling the links does not scroll the page.
  await page.goto('/reports/al-jazeera/#where-they-went');
  await expect(page.locator('#where-they-went')).toBeInViewport();
});
