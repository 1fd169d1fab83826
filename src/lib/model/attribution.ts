/**
 * Who says what: a report's statements belong to its outlet, except the
 * sections that retell what the outlet credits to another ("As BBC News
 * reported, …"), which belong to the outlet citing that other one.
 *
 * Everywhere the site names who says something, it asks here.
 */
import type { Report } from '../load/schemas.ts';
import { countOf } from './words.ts';

type Attributed = { data: Pick<Report, 'outlet'> & Partial<Pick<Report, 'credits'>> };

/** The outlets a section's statements are credited to, beyond the report's own. */
export function creditsOf(report: Attributed, sectionId: string): string[] {
  return (report.data.credits ?? []).filter((c) => c.sections.includes(sectionId)).map((c) => c.outlet);
}

/** "Washington Insider", or "Washington Insider, citing BBC News" for a credited section. */
export function attributionOf(report: Attributed, sectionId: string): string {
  const cited = creditsOf(report, sectionId);
  return cited.length ? `${report.data.outlet}, citing ${new Intl.ListFormat('en-GB').format(cited)}` : report.data.outlet;
}

/** How the report as a whole is credited: "Washington Insider, citing BBC News for one section". */
export function reportByline(report: Attributed): string {
  const credits = report.data.credits ?? [];
  if (!credits.length) return report.data.outlet;
  const count = new Set(credits.flatMap((c) => c.sections)).size;
  const cited = new Intl.ListFormat('en-GB').format([...new Set(credits.map((c) => c.outlet))]);
  return `${report.data.outlet}, citing ${cited} for ${countOf(count, 'section')}`;
}
