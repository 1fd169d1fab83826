/**
 * A link to a section or a quotation, as a reader follows it: from a cold
 * start, at phone and desktop widths, with and without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { landing, settled } from '../support/browser.ts';
import { layOutEveryBlock } from '../support/laid-out-when-near.ts';
import { REAL } from '../support/sites.ts';

const { reports } = buildModel(loadContent(REAL.content));
const WIDTHS = [375, 1280];
/** Every quotation, by report: its id is its address. */
const quotations = reports.flatMap((r) => r.sections.flatMap((s) => s.quotations.map((q) => ({ report: r.id, id: q.id!, by: q.by }))));

for (const width of WIDTHS) {
  for (const report of reports) {
    test(`${report.id} at ${width}px: a cold link to each section lands on its heading`, async ({ browser, baseURL }) => {
      for (const section of report.sections) {
        // A fresh browser context for each link: a cold start, nothing cached.
        const context = await browser.newContext({ baseURL, viewport: { width, height: 800 } });
        const page = await context.newPage();
        await page.goto(`/reports/${report.id}/#${section.id}`);
        const first = await landing(page, section.id);
        await settled(page);
        const at = await landing(page, section.id);
        const where = `#${section.id}`;

        expect(at.isTarget, where).toBe(true);
        expect(at.covered, where).toBe(false);
        // At the top of the viewport, unless the page ends before the heading can scroll there.
        const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
        if (scrollable > 1) expect(at.top, where).toBeLessThan(at.viewport / 5);
        expect(at.top, where).toBeGreaterThanOrEqual(0);
        expect(Math.abs(at.top - first.top), `${where}: no layout jump after load`).toBeLessThan(2);
        await context.close();
      }
    });
  }
}

for (const width of WIDTHS) {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`quotations at ${width}px ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, () => {
      test.use({ viewport: { width, height: 800 }, javaScriptEnabled });

      test('a cold link to each quotation lands with the whole quotation in view', async ({ page }) => {
        expect(quotations.length).toBeGreaterThan(0);
        for (const q of quotations) {
          await page.goto(`/reports/${q.report}/#${q.id}`);
          await settled(page);
          const at = await landing(page, q.id);
          const where = `/reports/${q.report}/#${q.id}`;
          expect(at.isTarget, where).toBe(true);
          expect(at.covered, where).toBe(false);
          expect(at.top, where).toBeGreaterThanOrEqual(0);
          // The quotation and its speaker, not only its first line.
          const bottom = await page.locator(`#${q.id} figcaption`).evaluate((c) => c.getBoundingClientRect().bottom);
          expect(bottom, where).toBeLessThanOrEqual(at.viewport);
        }
      });
    });
  }
}

test(`at ${WIDTHS.join(' and ')}px the hidden controls leave no empty row under a heading or a quotation's speaker`, async ({ page }) => {
  const wrapped = Object.fromEntries(WIDTHS.map((w) => [w, 0]));
  for (const report of reports) {
    await page.goto(`/reports/${report.id}/`);
    // A block not laid out yet has a guessed height, not its rows'.
    await layOutEveryBlock(page);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const rows = await page.evaluate(() => [
        ...[...document.querySelectorAll('.heading-wrapper')].map((w) => {
          const h = w.querySelector('h2, h3')!;
          const lines = Math.round(h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight));
          return { what: h.textContent!, lines, extra: w.getBoundingClientRect().height - h.getBoundingClientRect().height };
        }),
        ...[...document.querySelectorAll('.quote figcaption')].map((c) => ({
          what: c.parentElement!.id,
          lines: 1,
          extra: c.getBoundingClientRect().height - c.querySelector('span')!.getBoundingClientRect().height,
        })),
      ]);
      // A row of controls would add at least their height (1.5rem); baseline alignment may add a pixel or two.
      for (const r of rows) expect(r.extra, `${report.id} at ${width}px: ${r.what}`).toBeLessThan(8);
      wrapped[width] += rows.filter((r) => r.lines > 1).length;
    }
  }
  // The check means something only where headings wrap.
  for (const width of WIDTHS) expect(wrapped[width], `${width}px`).toBeGreaterThan(0);
});

test.describe('the link beside each heading', () => {
  test('copying a heading does not copy the link’s label', async ({ page }) => {
    const [report] = reports;
    await page.goto(`/reports/${report.id}/`);
    const copied = await page.evaluate((id) => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById(id)!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }, report.sections[0].id);
    expect(copied).toBe(await page.locator(`#${report.sections[0].id}`).innerText());
    expect(copied).not.toContain('Section titled');
  });

  test('a click on the link navigates and updates the address bar', async ({ page }) => {
    const [report] = reports;
    const section = report.sections.at(-1)!;
    await page.goto(`/reports/${report.id}/`);
    await page.locator(`a.anchor-link[href="#${section.id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`#${section.id}$`));
    expect((await landing(page, section.id)).isTarget).toBe(true);
  });
});

test.describe('the table of contents', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('a click lands on the section, and Back and Forward return to each place', async ({ page }) => {
    const [report] = reports;
    const [a, b] = [report.sections[1], report.sections.at(-1)!];
    await page.goto(`/reports/${report.id}/`);
    await page.locator(`.toc a[href="#${a.id}"]`).click();
    await expect(page.locator(`#${a.id}`)).toBeInViewport();
    await page.goto(`/reports/${report.id}/#${b.id}`);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`#${a.id}$`));
    let at = await landing(page, a.id);
    expect(at.isTarget).toBe(true);
    expect(at.top).toBeLessThan(at.viewport / 5);
    await page.goForward();
    at = await landing(page, b.id);
    expect(at.isTarget).toBe(true);
  });

  test('sits before the text on a phone and beside it on a wide screen', async ({ page }) => {
    const [report] = reports;
    await page.goto(`/reports/${report.id}/`);
    const toc = page.locator('.toc');
    const text = page.locator('.report-body');
    const phoneToc = (await toc.boundingBox())!;
    expect(phoneToc.y).toBeLessThan((await text.boundingBox())!.y);
    await page.setViewportSize({ width: 1280, height: 800 });
    const wideToc = (await toc.boundingBox())!;
    expect(wideToc.x).toBeGreaterThan((await text.boundingBox())!.x + 300);
    await page.mouse.wheel(0, 3000);
    await expect(toc).toBeInViewport();
  });
});

test.describe('Copy link', () => {
  test('copies the canonical URL of the section, whatever the address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const [report] = reports;
    const section = report.sections[2];
    await page.goto(`/reports/${report.id}/?utm_source=test#:~:text=potash`);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const button = page.locator(`a.anchor-link[href="#${section.id}"] + button.copy-link`);
    await expect(button).toHaveAccessibleName(/^Copy link to/);
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${section.id}`);
    await expect(page.getByRole('status')).toHaveText(`Link copied: ${canonical}#${section.id}`);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('is not shown, and the # links are', async ({ page }) => {
      await page.goto(`/reports/${reports[0].id}/`);
      const quoted = quotations.filter((q) => q.report === reports[0].id).length;
      await expect(page.locator('a.anchor-link')).toHaveCount(reports[0].sections.length + quoted);
      // Each button is in the page beside its link, and hidden where no script can make it copy.
      await expect(page.locator('a.anchor-link + button.copy-link')).toHaveCount(reports[0].sections.length + quoted);
      await expect(page.locator('button.copy-link:visible')).toHaveCount(0);
    });
  });
});

test('other pages offer a link to every entry', async ({ page }) => {
  for (const path of ['/people/', '/countries/', '/sanctions/']) {
    await page.goto(path);
    const anchors = page.locator('a.anchor-link');
    expect(await anchors.count(), path).toBeGreaterThan(0);
    for (const href of await anchors.evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
      await page.goto(`${path}${href}`);
      await expect(page.locator(`${href}`)).toBeInViewport();
    }
  }
});
