/** What the browser tests share: watching a page for problems, and where a linked element lands. */
import type { Page } from '@playwright/test';

/**
 * Records, from the page's first script on, every console error, page error,
 * Content Security Policy violation, failed or refused request, response of
 * 400 or more, and request that leaves `origin` (no third-party fonts,
 * scripts, images or analytics). Call before `page.goto`.
 */
export async function watch(page: Page, origin: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'about:'].includes(url.protocol) && url.origin !== origin) problems.push(`third-party request: ${r.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`),
    );
  });
  return problems;
}

/**
 * Resolves once nothing is left that could move the page: its web fonts are
 * in, and its layout is brought up to date with them. (What a fixed sleep used
 * to wait for.) No animation frame: a page without JavaScript draws none for
 * a test's script either.
 */
export const settled = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    document.documentElement.getBoundingClientRect();
  });

/** Where the element with `id` sits, and whether anything covers it or it is the :target. */
export function landing(page: Page, id: string) {
  return page.evaluate((id) => {
    const heading = document.getElementById(id)!;
    const box = heading.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2);
    return {
      top: box.top,
      viewport: window.innerHeight,
      covered: !hit || !(heading === hit || heading.contains(hit)),
      isTarget: heading.matches(':target'),
    };
  }, id);
}

/** The headers every response of the site carries, whatever it is (the pages' CSP is each page's own). */
export const COMMON_HEADERS = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-resource-policy': 'same-origin',
};
