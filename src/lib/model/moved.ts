/**
 * A report's former addresses (its frontmatter's `formerIds`). The page kept at
 * each (src/pages/reports/[moved].astro) sends the reader on to the report,
 * and lists every place on it that a link to the old address may name, each
 * with where it is now: a section, the old ids of a renamed section
 * (`anchorAliases`), a quotation. Such a page is no page of its own: it shows
 * the report's title and share card, and stays out of the sitemap, the feed
 * and the search index.
 */
import { reportHref, type ReportView, type SiteModel } from './index.ts';

/** A place on the report's page, and its address now. */
export interface MovedPlace {
  id: string;
  title: string;
  href: string;
}

export interface MovedSection extends MovedPlace {
  /** The section's ids before it was renamed (anchorAliases): a link to one of them lands on it. */
  aliases: string[];
  quotations: MovedPlace[];
}

export interface MovedPage {
  /** The old address: "/reports/<former id>/". */
  path: string;
  formerId: string;
  report: ReportView;
  /** The report's address now. */
  to: string;
  sections: MovedSection[];
}

export function movedPages(site: SiteModel): MovedPage[] {
  return site.reports.flatMap((report) => {
    if (!report.data.formerIds.length) return [];
    const to = reportHref(report.id);
    const aliases = Object.entries(report.data.anchorAliases);
    const sections = report.sections.map((s) => ({
      id: s.id,
      title: s.title,
      href: `${to}#${s.id}`,
      aliases: aliases.filter(([, section]) => section === s.id).map(([old]) => old),
      // Every quotation has its id: the checks refuse one without (src/lib/check/quotation-ids.ts).
      quotations: s.quotations.map((q) => ({ id: q.id!, title: site.quotation(report.id, q.id!).title, href: `${to}#${q.id}` })),
    }));
    return report.data.formerIds.map((formerId) => ({ path: reportHref(formerId), formerId, report, to, sections }));
  });
}

/** The old addresses, for what leaves them out: the sitemap, the share cards, the pages the browser tests load. */
export const movedPaths = (site: SiteModel): Set<string> => new Set(movedPages(site).map((m) => m.path));
