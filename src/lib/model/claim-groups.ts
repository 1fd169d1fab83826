/**
 * The claims of /compare/ grouped by the reports that answer them: first those
 * every report answers, then, for each set of reports that answers some claims
 * the others do not, those claims together. The page then says once for a
 * group which reports do not address its claims, where it said it on every
 * claim (issue 36: a note repeated per claim). Silence stays silence: a
 * group's `silent` reports are those with no account of its claims, nothing more.
 */
import type { ClaimView, ReportView, SiteModel } from './index.ts';

export interface ClaimGroup {
  /** The reports that give an account of each claim in the group, in the order of the reports. */
  answering: ReportView[];
  /** The reports that give an account of none of them; empty for the claims every report answers. */
  silent: ReportView[];
  /** In their `order`. */
  claims: ClaimView[];
}

/** The groups: the claims every report answers first (if any), then the others in the order of their first claim. */
export function claimGroups(site: Pick<SiteModel, 'reports' | 'claims'>): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of site.claims) {
    const answering = site.reports.filter((r) => claim.accounts.some((a) => a.report === r.id));
    const key = answering.map((r) => r.id).join(' ');
    const group = groups.get(key) ?? groups.set(key, { answering, silent: site.reports.filter((r) => !answering.includes(r)), claims: [] }).get(key)!;
    group.claims.push(claim);
  }
  return [...groups.values()].sort((a, b) => Number(a.silent.length > 0) - Number(b.silent.length > 0));
}
