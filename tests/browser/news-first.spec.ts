/**
 * Issue 19, as a reader meets it: the news first (the first screen at 375 and
 * 1280 px), each fact once (one picture of where the freed went on the home
 * page), a map whose labels cover no other label or arrowhead (measured from
 * the rendered boxes), and the differences up front, each linking to a claim
 * on /compare/ that the reports differ on. Each page is loaded once per width.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { LABEL_SIZE } from '../../src/lib/map/locator-map.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { REAL } from '../support/sites.ts';

const site = buildModel(loadContent(REAL.content));
const hasMap = site.countries.some((c) => !/^X[A-Z]$|^EU$/.test(c.data.code)) && site.destinations.length > 0;

type Rect = { x: number; y: number; width: number; height: number; top: number; bottom: number; left: number; right: number };
const intersects = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes of the map's labels and arrowheads as the browser draws them, and the part of the map in view. */
async function mapBoxes(page: Page) {
  return page.locator('.locator-map svg').evaluate((svg) => {
    const box = (el: Element) => el.getBoundingClientRect().toJSON();
    // A label's box is its text's, not its foreignObject's, which is as wide as the map.
    const textBox = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().toJSON();
    };
    return {
      view: box(svg),
      viewBox: { width: (svg as SVGSVGElement).viewBox.baseVal.width, height: (svg as SVGSVGElement).viewBox.baseVal.height },
      labels: [...svg.querySelectorAll('.map-label')].map((t) => ({ text: t.textContent!.trim(), ...textBox(t) })),
      heads: [...svg.querySelectorAll('.head')].map((h) => ({ text: `arrowhead to ${h.parentElement!.dataset.to}`, ...box(h) })),
    };
  });
}

for (const { width, height, scheme } of [
  { width: 375, height: 667, scheme: 'light' },
  { width: 1280, height: 800, scheme: 'dark' },
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, colorScheme: scheme });

    test('the home page leads with the news: the headline, the first sentence, and at 1280 px the key numbers, on the first screen', async ({ page }) => {
      await page.goto('/');
      // Nothing about the site stands above the headline.
      const first = await page.locator('main').evaluate((main) => [...main.children].find((e) => e.textContent!.trim())?.tagName);
      expect(first).toBe('H1');
      const bottom = async (selector: string) => (await page.locator(selector).first().boundingBox())!.y + (await page.locator(selector).first().boundingBox())!.height;
      expect(await bottom('main h1')).toBeLessThanOrEqual(height);
      await expect(page.locator('#what-happened + .statements .statement').first()).toContainText(site.text.whatHappened[0].text);
      expect(await bottom('#what-happened + .statements .statement')).toBeLessThanOrEqual(height);
      if (width >= 1280) expect(await bottom('#key-numbers + .figures')).toBeLessThanOrEqual(height);
      // Each sentence of what happened and of what is still open shows its credit.
      await expect(page.locator('.statement')).toHaveCount(site.text.whatHappened.length + site.text.stillOpen.length);
      for (const s of await page.locator('.statement').all()) await expect(s.locator('.credit')).toHaveCount(1);

      // One picture of where the freed went: the map, no chart. It draws the routes; their figures are the key
      // numbers just above it, each once on the page, so no label and no table under the map gives them again.
      await expect(page.locator('.locator-map')).toHaveCount(hasMap ? 1 : 0);
      await expect(page.getByRole('img', { name: 'Where the freed prisoners went' })).toHaveCount(0);
      if (!hasMap) return;
      await expect(page.locator('.locator-map table')).toHaveCount(0);
      const labelText = (await page.locator('.locator-map .map-label').allTextContents()).join(' ');
      for (const d of keyFacts(site).destinations) {
        await expect(page.locator('.figures li', { hasText: d.label })).toContainText(String(d.count));
        expect(labelText, `${d.country}: ${d.count}`).not.toMatch(new RegExp(`\\b${d.count}\\b`));
      }

      // The map's labels: no label covers another or an arrowhead, and every one is in view.
      const { view, viewBox, labels, heads } = await mapBoxes(page);
      expect(labels.length).toBeGreaterThanOrEqual(site.destinations.length);
      expect(heads.length).toBeGreaterThan(0);
      const clashes = labels.flatMap((a, i) => [...labels.slice(i + 1), ...heads].filter((b) => intersects(a, b)).map((b) => `${a.text} / ${b.text}`));
      expect(clashes).toEqual([]);
      for (const l of labels) {
        expect(l.left, l.text).toBeGreaterThanOrEqual(view.left);
        expect(l.right, l.text).toBeLessThanOrEqual(view.right);
        expect(l.top, l.text).toBeGreaterThanOrEqual(view.top);
        expect(l.bottom, l.text).toBeLessThanOrEqual(view.bottom);
      }
      // Wide enough to read: the content width at 1280 px, the page's width on a phone.
      const content = (await page.locator('main').boundingBox())!;
      expect(view.width).toBeGreaterThanOrEqual((width >= 1280 ? content.width - 40 : width - 40));
      // Its labels no smaller than 12 px on screen.
      // A label is HTML scaled by the map and by its own transform; its foreignObject is a line (1.25em) high.
      const sizes = await page.locator('.locator-map .map-label').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height / 1.25));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      // And no larger than the size they were placed for, at the map's scale (the larger of its two, as it is cropped to fill).
      const scale = Math.max(view.width / viewBox.width, view.height / viewBox.height);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(LABEL_SIZE * scale + 0.5);
    });
  });
}

test('the differences up front: the editor’s ranking, each linking to a claim on /compare/ the reports differ on', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('section[aria-labelledby="differ"] li > a');
  await expect(links).toHaveCount(site.text.differences.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toEqual(site.text.differences.map((d) => `/compare/#${d.claim}`));
  for (const [i, d] of site.text.differences.entries()) await expect(links.nth(i).locator('..')).toContainText(d.line.text);

  await page.goto('/compare/');
  for (const href of hrefs) {
    const claim = page.locator(`li#${href.split('#')[1]}`);
    await expect(claim, href).toHaveCount(1);
    await expect(claim, href).toHaveClass(/verdict-differ/);
  }
});

test('what is still open, and the people at the centre in the editor’s order, those counted among the freed apart', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('section[aria-labelledby="open"] li.statement')).toHaveCount(site.text.stillOpen.length);
  const names = await page.locator('.people li > a').allTextContents();
  expect(names).toEqual(site.text.atTheCentre.map((id) => site.get('people', id).data.name));

  await page.goto('/summary/');
  await expect(page.locator('section[aria-labelledby="s-open"] li.statement')).toHaveCount(site.text.stillOpen.length);
  await expect(page.locator('section[aria-labelledby="s-what"] .statement')).toHaveCount(site.text.whatHappened.length);
});

test('every main page leads with its heading, with no note or byline above it', async ({ page }) => {
  for (const path of ['/', '/summary/', '/compare/', '/countries/', '/sanctions/', `/reports/${site.reports[0].id}/`]) {
    await page.goto(path);
    const first = await page.locator('main').evaluate((main) => {
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? 1 : 3) });
      return walker.nextNode()?.parentElement?.closest('h1, p, li, div, section')?.tagName;
    });
    expect(first, path).toBe('H1');
  }
});
