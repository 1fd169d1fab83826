/**
 * Printing, as Chromium does it: PDFs of the summary (A4 and US Letter) and
 * of every other page, read back to count pages and check what is on them.
 * A PNG of each first page is saved under test-results/print/ for review.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readPdf } from '../support/pdf';
import { loadContent } from '../../src/lib/load/content';
import { buildModel } from '../../src/lib/model';
import { formatDate } from '../../src/lib/model/dates';
import { CONTENT, DIST, ROOT } from '../support/paths';
import { readSite } from '../support/site-links';

const site = buildModel(loadContent(CONTENT));
// One folder of previews per build (dist/ or DIST_DIR), so that a second event's do not replace the first's.
const PREVIEWS = join(ROOT, 'test-results', basename(DIST) === 'dist' ? 'print' : `print-${basename(DIST)}`);
mkdirSync(PREVIEWS, { recursive: true });

async function print(page: Page, path: string, format: 'A4' | 'Letter') {
  await page.goto(path);
  const pdf = readPdf(await page.pdf({ format }));
  const name = `${path.replace(/\/$/, '').replace(/^\//, '').replaceAll('/', '-') || 'home'}-${format}.png`;
  writeFileSync(join(PREVIEWS, name), pdf.firstPagePng(1.5));
  return pdf;
}

/** Text that belongs to the screen only: navigation and controls. */
const SCREEN_ONLY = ['Skip to content', 'Copy link', 'Section titled', 'In this report', 'Print a one-page summary', 'Print this summary'];

for (const format of ['A4', 'Letter'] as const) {
  test(`the summary prints on one ${format} page with the key facts`, async ({ page }) => {
    const pdf = await print(page, '/summary/', format);
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, ' ');

    for (const r of site.reports) {
      expect(text).toContain(`${r.data.released.count} freed`);
      expect(text).toContain(r.data.outlet);
      expect(text).toContain(r.data.title.replace(/\s+/g, ' ').slice(0, 30));
    }
    // Each report's figure for each country (one per report and country: see src/lib/model/figures.ts).
    const counted = site.destinations.flatMap((d) => d.figures.filter((f) => f.count !== undefined).map((f) => ({ d, f })));
    expect(counted.length).toBeGreaterThan(0);
    // Each figure once, in the table of where they went, in its country's row.
    for (const { d, f } of counted) expect(text).toMatch(new RegExp(`${RegExp.escape(d.country.data.name)}.*${f.count} prisoner`));
    for (const p of site.people.filter((p) => p.data.group === 'freed')) expect(text).toContain(p.data.name);
    for (const s of site.sanctions) expect(text).toContain(s.data.title);
    expect(text).toContain(formatDate(site.text.eventDate.date));
    expect(text).toMatch(/https?:\/\/\S+\//);
    for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);

    // Body text at 10 pt or larger; only the page's address line above it may be smaller.
    const small = pdf.lines.filter((l) => l.size < 10 && !/^https?:\/\//.test(l.text));
    expect(small.map((l) => `${l.size}pt: ${l.text}`)).toEqual([]);
  });
}

test('the summary shows a QR code of the site’s canonical URL', async ({ page }) => {
  await page.goto('/summary/');
  // On paper only: on screen the reader is already on the site.
  await page.emulateMedia({ media: 'print' });
  const qr = page.getByRole('img', { name: /^QR code of https?:\/\// });
  await expect(qr).toBeVisible();
  await expect(qr.locator('svg path').first()).toBeAttached();
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(await qr.getAttribute('aria-label')).toBe(`QR code of ${new URL('/', canonical!).href}`);
});

test('home and each report link to the summary, and the link is not printed', async ({ page }) => {
  for (const path of ['/', ...site.reports.map((r) => `/reports/${r.id}/`)]) {
    await page.goto(path);
    await expect(page.getByRole('link', { name: 'Print a one-page summary' })).toHaveAttribute('href', '/summary/');
  }
});

for (const report of site.reports) {
  test(`${report.id} prints clean on at most three A4 pages, opening with its key points`, async ({ page }) => {
    const pdf = await print(page, `/reports/${report.id}/`, 'A4');
    expect(pdf.pages).toBeLessThanOrEqual(3);
    const text = pdf.text.replace(/\s+/g, ' ');
    for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
    const firstPage = text.slice(0, text.indexOf(report.data.keyPoints.at(-1)!.text.slice(0, 40)));
    expect(firstPage).toContain('Key points');
    expect(pdf.lines[0].text).toMatch(new RegExp(`^https?://\\S+/reports/${report.id}/`));
  });
}

const otherPages = [...readSite(DIST).keys()].filter(
  (p) => p !== '/404.html' && p !== '/summary/' && !p.startsWith('/reports/'),
);
for (const path of otherPages) {
  test(`${path} prints clean, with its address at the top`, async ({ page }) => {
    const pdf = await print(page, path, 'A4');
    for (const screenOnly of SCREEN_ONLY) expect(pdf.text).not.toContain(screenOnly);
    expect(pdf.lines[0].text).toMatch(/^https?:\/\/\S+ · /);
    expect(pdf.lines[0].text).toContain(path);
    const sizes = pdf.lines.map((l) => l.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(9);
  });
}
