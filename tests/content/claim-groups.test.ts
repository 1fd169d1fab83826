/**
 * src/lib/model/claim-groups.ts: /compare/'s claims grouped by the reports
 * that answer them, so that a report's silence is said once for a group and
 * not on every claim. On the real content and the made-up second event, what
 * is expected is derived from the claims' accounts.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { claimGroups } from '../../src/lib/model/claim-groups.ts';
import { REAL, SECOND_EVENT } from '../support/sites.ts';

describe.each([REAL, SECOND_EVENT])('the claim groups of $name', ({ content }) => {
  const site = buildModel(loadContent(content));
  const groups = claimGroups(site);
  const answeringOf = (claim: (typeof site.claims)[number]) => site.reports.filter((r) => claim.accounts.some((a) => a.report === r.id));

  it('hold every claim once, each in its `order` within its group', () => {
    const grouped = groups.flatMap((g) => g.claims);
    expect(grouped.map((c) => c.id).sort()).toEqual(site.claims.map((c) => c.id).sort());
    for (const g of groups) expect(g.claims.map((c) => c.data.order)).toEqual(g.claims.map((c) => c.data.order).sort((a, b) => a - b));
  });

  it('put together the claims the same reports answer, and name as silent exactly the reports with no account of them', () => {
    for (const g of groups) {
      for (const claim of g.claims) expect(answeringOf(claim), claim.id).toEqual(g.answering);
      expect(g.silent).toEqual(site.reports.filter((r) => !g.answering.includes(r)));
    }
    // One group for each set of reports answering: a set split over two groups would say its silence twice.
    const sets = groups.map((g) => g.answering.map((r) => r.id).join(' '));
    expect(new Set(sets).size).toBe(sets.length);
  });

  it('come with the claims every report answers first', () => {
    const shared = groups.filter((g) => g.silent.length === 0);
    expect(shared.length).toBeLessThanOrEqual(1);
    if (shared.length) expect(groups[0]).toBe(shared[0]);
  });
});

describe('claim groups', () => {
  const real = buildModel(loadContent(REAL.content));
  it('gather the claims of one set of reports that are interleaved with the others, in their order', () => {
    // The real claims, the last of the first group moved to the end, after the other groups: it joins its group again.
    const first = claimGroups(real)[0]!;
    const moved = first.claims.at(-1)!;
    const groups = claimGroups({ reports: real.reports, claims: [...real.claims.filter((c) => c !== moved), moved] });
    expect(groups[0]!.answering).toEqual(first.answering);
    expect(groups[0]!.claims).toEqual(first.claims);
    expect(groups.flatMap((g) => g.claims)).toHaveLength(real.claims.length);
  });
});
