/**
 * Share cards, as a link preview sees them: every page names a 1200×630 PNG
 * on its own origin, with its size, its alt text and the large-image Twitter card.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { DIST } from '../support/paths';

/** Every built page but the 404 (read in the test: the site is built once the tests are listed). */
const builtPages = () =>
  readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((file) => '/' + file.replace(/index\.html$/, ''));

test('every page names a share card that exists and is a 1200×630 PNG, with the large-image Twitter card', async ({ page, request }) => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(10);
  for (const path of pages) {
    await page.goto(path);
    const meta = (p: string) => page.locator(`meta[property="${p}"]`).getAttribute('content');
    const image = (await meta('og:image'))!;
    expect(image, path).toMatch(/^https?:\/\//);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(image).origin, `${path}: same origin`).toBe(new URL(canonical!).origin);
    expect(await meta('og:image:width')).toBe('1200');
    expect(await meta('og:image:height')).toBe('630');
    expect((await meta('og:image:alt'))?.length, `${path}: alt text`).toBeGreaterThan(0);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    const response = await request.get(new URL(image).pathname);
    expect(response.status(), `${path}: ${image}`).toBe(200);
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1'), `${path}: a PNG`).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${path}: its size`).toEqual([1200, 630]);
  }
});
