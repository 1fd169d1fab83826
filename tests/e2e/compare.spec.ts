/**
 * /compare/: every citation lands on an existing section of the right
 * report, each claim can be linked to, and a phone reads it without
 * scrolling sideways.
 */
import { expect, test } from '@playwright/test';
import { parseReportBody } from '../../src/lib/report-body';
import { loadContent } from '../support/content';

const content = loadContent();
const sectionsOf = new Map(content.reports.map((r) => [r.id, parseReportBody(r.body).sections.map((s) => s.id)]));

test('every citation lands on a section of the report it names', async ({ page }) => {
  await page.goto('/compare/');
  const cells = page.locator('td[data-report]');
  const cites = await page.locator('td[data-report] a.cite').evaluateAll((as) =>
    as.map((a) => ({ href: a.getAttribute('href')!, column: a.closest('td')!.dataset.report! })),
  );
  const cited = content.claims.reduce((n, c) => n + c.data.accounts.length, 0);
  expect(cites).toHaveLength(cited);
  expect(await cells.count()).toBe(content.claims.length * content.reports.length);

  for (const { href, column } of cites) {
    const [, reportId, sectionId] = /^\/reports\/([^/]+)\/#(.+)$/.exec(href)!;
    const report = content.reports.find((r) => r.id === reportId)!;
    expect(report.data.outlet, `${href} is in the ${column} column`).toBe(column);
    expect(sectionsOf.get(reportId)).toContain(sectionId);
  }
  // And they really land: follow each once.
  for (const href of new Set(cites.map((c) => c.href))) {
    await page.goto(href);
    await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
  }
});

test('each claim has its own anchor and link control, and its verdict in words', async ({ page }) => {
  await page.goto('/compare/');
  for (const claim of content.claims) {
    const row = page.locator(`tr#${claim.id}`);
    await expect(row).toHaveCount(1);
    await expect(row.locator(`a.anchor-link[href="#${claim.id}"]`)).toHaveAccessibleName(`Section titled ${claim.data.question}`);
    await expect(row.locator('td.verdict strong')).toHaveText(/agree|differ|Only/);
  }
});

test('differing spellings of a name are pointed out', async ({ page }) => {
  await page.goto('/compare/');
  const claim = content.claims.find((c) => c.data.people.includes('tsikhanouskaya'))!;
  const note = page.locator(`tr#${claim.id} .spelling`);
  await expect(note).toContainText('Sviatlana Tsikhanouskaya');
  await expect(note).toContainText('Svetlana Tikhanovskaya');
});

test('a phone reads the comparison with no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/compare/');
  const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scroll).toBeLessThanOrEqual(viewport);
  // One claim per block: the Al Jazeera cell sits under the question, not beside it.
  const row = page.locator('tbody tr').first();
  const question = (await row.locator('th').boundingBox())!;
  const cell = (await row.locator('td').first().boundingBox())!;
  expect(cell.y).toBeGreaterThanOrEqual(question.y + question.height - 1);
});

test('report pages link to the comparison, and people pages to their claims', async ({ page }) => {
  for (const r of content.reports) {
    await page.goto(`/reports/${r.id}/`);
    await expect(page.locator('a[href="/compare/"]').first()).toBeVisible();
  }
  const person = 'tsikhanouskaya';
  await page.goto(`/people/${person}/`);
  const links = await page.locator('.claims a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links).toEqual(content.claims.filter((c) => c.data.people.includes(person)).sort((a, b) => a.data.order - b.data.order).map((c) => `/compare/#${c.id}`));
});
