/**
 * The axe helper every page is checked with (tests/support/axe.ts) sees a
 * fault when there is one: an image without a text alternative in the full
 * run, and text too faint to read in the colour rules the dark scheme gets.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

test('axe reports a planted missing alt text and low contrast, in the full run and in the colour rules', async ({ page }) => {
  await page.goto('/people/');
  expect(await axeViolations(page)).toEqual([]);
  await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const image = Object.assign(document.createElement('img'), { src: '/favicon.png' });
    const faint = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'Too faint to read' });
    faint.style.cssText = 'color: #777; background: #888';
    main.append(image, faint);
  });
  expect(await axeViolations(page)).toEqual([expect.stringMatching(/^color-contrast: #faint/), expect.stringMatching(/^image-alt: /)]);
  expect(await axeViolations(page, 'colours')).toEqual([expect.stringMatching(/^color-contrast: #faint/)]);
});
