/**
 * /compare/: one block per claim; every citation sits in its report's group
 * and lands on an existing section of that report, the reports that say
 * nothing on a group of claims are named once, above it, each claim can be linked to, and a phone
 * reads it one block at a time without scrolling sideways. One load of the
 * page for all of it. (Report and people pages' links to it: every-page.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { differenceOf } from '../../src/lib/model/verdict.ts';
import { claimGroups } from '../../src/lib/model/claim-groups.ts';
import { REAL } from '../support/sites.ts';

const site = buildModel(loadContent(REAL.content));
/** The claims by the reports that answer them, as the page groups them. */
const claimsByAnswering = claimGroups(site);
const outletOf = new Map(site.reports.map((r) => [r.id, r.data.outlet]));
const sectionsOf = new Map(site.reports.map((r) => [r.id, r.sections.map((s) => s.id)]));
/** The reports that give an account of a claim, in the order of the reports. */
const speaking = (claim: (typeof site.claims)[number]) =>
  site.reports.filter((r) => claim.data.accounts.some((a) => a.report === r.id));

test('/compare/: citations, silent reports, anchors, verdicts, spellings once, a phone’s layout, and each citation followed', async ({ page }) => {
  await page.goto('/compare/');
  const cites = await test.step('every citation sits in its report’s group and lands on a section of that report', async () => {
    const cites = await page.locator('li.claim .accounts > .account-group[data-report] a.cite').evaluateAll((as) =>
      as.map((a) => ({
        href: a.getAttribute('href')!,
        group: a.closest<HTMLElement>('.account-group')!.dataset.report!,
        claim: a.closest('li.claim')!.id,
      })),
    );
    const cited = site.claims.reduce((n, c) => n + c.data.accounts.length, 0);
    expect(cites).toHaveLength(cited);

    // One group per report that speaks to the claim, in the order of the reports, and none for the others.
    for (const claim of site.claims) {
      const groups = await page
        .locator(`li#${claim.id} .accounts > .account-group`)
        .evaluateAll((gs) => gs.map((g) => (g as HTMLElement).dataset.report));
      expect(groups, claim.id).toEqual(speaking(claim).map((r) => r.data.outlet));
    }

    for (const { href, group, claim } of cites) {
      const [, reportId, sectionId] = /^\/reports\/([^/]+)\/#(.+)$/.exec(href)!;
      expect(outletOf.get(reportId), `${href} is in the ${group} group`).toBe(group);
      expect(sectionsOf.get(reportId)).toContain(sectionId);
      const accounts = site.claims.find((c) => c.id === claim)!.data.accounts;
      expect(accounts.map((a) => `${a.report}#${a.section}`), `${href} under #${claim}`).toContain(`${reportId}#${sectionId}`);
    }
    return cites;
  });
  await test.step('the reports that do not address a group of claims are named once, above it, and on no claim', async () => {
    await expect(page.locator('li.claim .silent')).toHaveCount(0);
    await expect(page.locator('.claim-group > p.silent')).toHaveCount(claimsByAnswering.filter((g) => g.silent.length).length);
    for (const { answering, silent, claims } of claimsByAnswering) {
      const note = page.locator(`.claim-group:has(li#${claims[0]!.id}) > p.silent`);
      if (!silent.length) {
        await expect(note, claims[0]!.id).toHaveCount(0);
        continue;
      }
      await expect(note, claims[0]!.id).toHaveCount(1);
      await expect(note).toContainText('not address');
      // Named up to three, then counted.
      for (const r of silent.slice(0, 3)) await expect(note, claims[0]!.id).toContainText(r.data.outlet);
      if (silent.length > 3) await expect(note, claims[0]!.id).toContainText(`${silent.length - 3} others`);
      for (const r of answering) await expect(note, claims[0]!.id).not.toContainText(r.data.outlet);
    }
  });
  await test.step('each claim has its own anchor and link control, and its verdict in words', async () => {
    const ids = await page.locator('ol.claims > li.claim').evaluateAll((lis) => lis.map((li) => li.id));
    expect(ids).toEqual(claimsByAnswering.flatMap((g) => g.claims.map((c) => c.id)));
    for (const claim of site.claims) {
      const block = page.locator(`li#${claim.id}`);
      await expect(block).toHaveCount(1);
      await expect(block).toHaveClass(new RegExp(`\\bverdict-${claim.verdict}\\b`));
      await expect(block.locator('h3')).toHaveText(claim.data.question);
      await expect(block.locator(`a.anchor-link[href="#${claim.id}"]`)).toHaveAccessibleName(`Section titled ${claim.data.question}`);
      const verdict = block.locator('.verdict strong');
      await expect(verdict).toHaveText(/agree|differ|Only/);
      if (claim.verdict === 'only-one') await expect(verdict).toHaveText(`Only ${outletOf.get(claim.accounts[0]!.report)}`);
      // The verdict says what the reports differ in, and each account who says it: the facets the rule derives it from.
      if (claim.verdict === 'differ') await expect(block.locator('.verdict'), claim.id).toContainText(differenceOf(claim.differsIn));
      const shown = site.reports.flatMap((r) => claim.accounts.filter((a) => a.report === r.id));
      await expect(block.locator('.account .facets')).toHaveText(shown.map((a) => new RegExp(`^${RegExp.escape(a.speaker)}`)));
    }
  });
  await test.step('differing spellings of a name are pointed out once, in one table, not on each claim', async () => {
    const table = page.locator('table.spellings');
    await expect(table).toHaveCount(1);
    await expect(table.locator('tbody tr', { hasText: 'Sviatlana Tsikhanouskaya' })).not.toHaveCount(0);
    await expect(table).toContainText('Svetlana Tikhanovskaya');
    await expect(page.locator('li.claim').filter({ hasText: 'spell the name differently' })).toHaveCount(0);
  });
  await test.step('a phone reads the comparison one block per claim, with no sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    const [scroll, viewport] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scroll).toBeLessThanOrEqual(viewport);
    const blocks = await page.locator('li.claim').evaluateAll((lis) =>
      lis.map((li) => {
        const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
        return {
          id: li.id,
          block: box(li),
          question: box(li.querySelector('h3')!),
          groups: [...li.querySelectorAll('.accounts > .account-group')].map(box),
        };
      }),
    );
    expect(blocks).toHaveLength(site.claims.length);
    let previousBottom = -Infinity;
    for (const { id, block, question, groups } of blocks) {
      // One claim under another, never beside it.
      expect(block.top, id).toBeGreaterThanOrEqual(previousBottom - 1);
      previousBottom = block.bottom;
      // The first account group sits under the question, not beside it, and each further group under the one before.
      expect(groups.length, id).toBeGreaterThan(0);
      expect(groups[0].top, id).toBeGreaterThanOrEqual(question.bottom - 1);
      groups.slice(1).forEach((g, i) => expect(g.top, id).toBeGreaterThanOrEqual(groups[i].bottom - 1));
    }
  });
  await test.step('each citation really lands', async () => {
    for (const href of new Set(cites.map((c) => c.href))) {
      await page.goto(href);
      await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
    }
  });
});
