/**
 * Where a report is not consistent with itself, as its page and /compare/ show
 * it: each tension the content sets out (a report's `tensions`), with links to
 * the sections its passages are in. The site shows a tension; it does not
 * resolve it.
 */
import type { Citation, ReportView, SiteModel } from './index.ts';

export interface Tension {
  /** The passages side by side, in the site's words, credited as the source credits them. */
  text: string;
  /** The sections the passages are in. */
  citations: Citation[];
}

/** The report's tensions, in the content's order. */
export const tensionsOf = (site: SiteModel, report: ReportView): Tension[] =>
  report.data.tensions.map((t) => ({ text: t.text, citations: t.sections.map((section) => site.cite({ report: report.id, section })) }));

/** Every report that is not consistent with itself somewhere, in the order of the reports, with its tensions. */
export const reportsInTension = (site: SiteModel): { report: ReportView; tensions: Tension[] }[] =>
  site.reports.filter((r) => r.data.tensions.length).map((report) => ({ report, tensions: tensionsOf(site, report) }));
