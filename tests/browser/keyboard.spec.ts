/**
 * A reader with a keyboard: the skip link comes first and works, and every
 * stop on the way through a page shows where the focus is. A reader who
 * asks for less motion gets none.
 */
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/reports/al-jazeera/', '/people/', '/compare/', '/search/'];

for (const path of PAGES) {
  test(`${path}: the first Tab shows the skip link, every focus stop is visibly marked, and the skip link moves focus to the content`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    // On through the page from there: every stop shows where the focus is.
    const unmarked: string[] = [];
    for (let stop = 0; stop < 60; stop++) {
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // The focused element draws an outline, or its card does (a card whose whole area is the link).
        const marked = [el, el.closest('.link-card')].some(
          (e) => e && getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) >= 2,
        );
        return { marked, name: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}` };
      });
      if (!focus) break;
      if (!focus.marked) unmarked.push(focus.name);
      await page.keyboard.press('Tab');
    }
    expect(unmarked).toEqual([]);

    // Back to the skip link: Enter takes the reader to the content, and the next Tab starts inside it, not back in the header.
    await skip.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });
}

test.describe('reduced motion', () => {
  test.use({ contextOptions: { reducedMotion: 'reduce' } });

  test('nothing animates, on load or on following a link within the page', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      expect(await page.evaluate(() => document.getAnimations().length), path).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), path).toBe('auto');
    }
    await page.goto('/reports/al-jazeera/');
    await page.getByRole('navigation', { name: 'In this report' }).getByRole('link').nth(3).click();
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});
