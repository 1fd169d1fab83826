/**
 * axe on every page, in the light and the dark colour scheme: WCAG 2.0,
 * 2.1 and 2.2, levels A and AA, and axe's best practices, which check what
 * WCAG leaves to judgement: heading order, landmarks, one h1, all content
 * inside a landmark.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { DIST } from '../support/paths';
import { readSite } from '../support/site-links';

const pages = [...readSite(DIST).keys()].map((p) => (p === '/404.html' ? '/404/' : p));

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
