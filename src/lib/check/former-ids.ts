/**
 * A report's former ids (`formerIds`) are the addresses it had before it was
 * renamed, each kept as a page that sends the reader on to the report
 * (src/pages/reports/[moved].astro). The build refuses a former id that is a
 * report's id now, since that address is the report's own page, and one listed
 * twice, since one old address can send its readers to one report only.
 * (A claim's former ids, anchors on /compare/, are checked in ./claims.ts.)
 */
import { lineOf, type SiteContent } from '../load/content.ts';

export function reportFormerIdProblems(site: SiteContent): string[] {
  const problems: string[] = [];
  const current = new Map(site.reports.map((r) => [r.id, r.filePath]));
  // Each former id, and the file that lists it first.
  const listed = new Map<string, string>();
  for (const report of site.reports) {
    report.data.formerIds.forEach((former, i) => {
      const at = `${report.filePath}:${lineOf(report, ['formerIds', i])}: formerIds[${i}]`;
      const owner = current.get(former);
      if (owner === report.filePath) problems.push(`${at}: "${former}" is this report's own id; list only the ids it had before`);
      else if (owner) problems.push(`${at}: "${former}" is the id of ${owner}, whose page is at that address; remove it, or correct the id`);
      const first = listed.get(former);
      if (first) {
        const where = first === report.filePath ? 'in this report' : `by ${first}`;
        problems.push(`${at}: "${former}" is already listed ${where}; an old address sends its readers to one report: remove one`);
      } else listed.set(former, report.filePath);
    });
  }
  return problems;
}
