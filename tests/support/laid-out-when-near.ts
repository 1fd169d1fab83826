import type { Page } from '@playwright/test';

/** The blocks the browser lays out only as they near the screen (src/styles/global.css says why). */
export const LAID_OUT_WHEN_NEAR = '.render-when-near, .render-children-when-near > *';

/**
 * Lays every such block out now. Until then a block far below the screen has
 * a guessed height and no text in `innerText`, so a check that reads or
 * measures the whole page at once (a full-page screenshot, the words of a
 * report, the height of each heading's row) calls this first; a reader's
 * browser does the same block by block while scrolling.
 */
export async function layOutEveryBlock(page: Page) {
  await page
    .locator(LAID_OUT_WHEN_NEAR)
    .evaluateAll((blocks) => blocks.forEach((block) => (block as HTMLElement).style.setProperty('content-visibility', 'visible')));
}
