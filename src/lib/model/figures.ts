/**
 * The one rule for "a report's figure for a country", which the chart, the key
 * numbers, the summary's table and the locator map (src/lib/map/) all show.
 *
 * A report may give a country several figures: the same number from two
 * sources, a number and a city, or the country as a place to go on to. Its
 * figure is the number it gives for the prisoners taken there (the largest,
 * where two sources give two), the cities it names, and, where it names the
 * country only as a place to go on to, that.
 */
import type { Entry } from '../load/content.ts';
import type { Country, Source } from '../load/schemas.ts';
import type { Citation, ReportView } from './index.ts';

export interface ReportFigure {
  report: string;
  outlet: string;
  /** Undefined where the report names the country but gives no number. */
  count?: number;
  cities: string[];
  /** The report names the country only as a place to go on to. */
  onward: boolean;
  /** The report's wording of each figure, in the site's words. */
  notes: string[];
  /** The section of the number where there is one, else of the first figure. */
  citation: Citation;
  /** Every section the report's figures come from. */
  citations: Citation[];
  /**
   * The sections where the report names the country as a place to go on to,
   * also where it gives a first transfer there too: the map draws that travel apart.
   */
  onwardCitations: Citation[];
}

export function figureOf(
  country: Entry<Country>,
  report: ReportView,
  cite: (source: Source) => Citation,
): ReportFigure | undefined {
  const all = (country.data.destination ?? []).filter((f) => f.report === report.id);
  if (!all.length) return undefined;
  const direct = all.filter((f) => !f.onward);
  const used = direct.length ? direct : all;
  const counted = used.filter((f) => f.count !== undefined).sort((a, b) => b.count! - a.count!);
  const main = counted[0] ?? used.find((f) => f.cities.length) ?? used[0];
  return {
    report: report.id,
    outlet: report.data.outlet,
    count: counted[0]?.count,
    cities: [...new Set(used.flatMap((f) => f.cities))],
    onward: !direct.length,
    notes: [...new Set(all.map((f) => f.note))],
    citation: cite(main),
    citations: all.map(cite),
    onwardCitations: all.filter((f) => f.onward).map(cite),
  };
}

/** A figure in words, for a chart label or a table cell: "114 prisoners", "Vilnius; no number given". */
export function describeFigure(f: ReportFigure): string {
  if (f.count !== undefined) return `${f.count} ${f.count === 1 ? 'prisoner' : 'prisoners'}`;
  if (f.onward) return 'a place to go on to; no number';
  return `${f.cities.length ? `${f.cities.join(', ')}; ` : ''}no number given`;
}
