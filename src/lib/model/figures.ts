/**
 * The one rule for "a report's figure for a country", which the chart, the key
 * numbers, the summary's table and the locator map (src/lib/map/) all show.
 *
 * A report may give a country several figures: the same number from two
 * sources, a number and a city, or the country as a place to go on to. Its
 * figure is the number it gives for the prisoners taken there (the largest,
 * where two sources give two), the cities it names, and, where it names the
 * country only as a place to go on to, that.
 *
 * Each figure is credited as its source credits it (./attribution.ts): the
 * outlet, citing the outlets its section is credited to and whoever the source
 * credits the words that give its number to (all its words, where it gives none).
 */
import type { Entry } from '../load/content.ts';
import type { Country, DestinationFigure } from '../load/schemas.ts';
import { numbersIn } from '../check/evidence/text.ts';
import { citing } from './attribution.ts';
import type { Citation, ReportView } from './index.ts';

/** A figure's section, with whom the figure is credited to: `attribution` names the outlet and them. */
export interface FigureCitation extends Citation {
  /** Whom the report credits the figure to, beyond itself ("Reuters"). */
  cited: string[];
}

export interface ReportFigure {
  report: string;
  outlet: string;
  /** Undefined where the report names the country but gives no number. */
  count?: number;
  /** What the report says became of them, after the number (the content's `label` of the figure cited). */
  label?: string;
  cities: string[];
  /** The report names the country only as a place to go on to. */
  onward: boolean;
  /** The report's wording of each figure, in the site's words. */
  notes: string[];
  /** The section of the number where there is one, else of the first figure; credited as that figure is. */
  citation: FigureCitation;
  /** Every section the report's figures come from. */
  citations: FigureCitation[];
  /**
   * The sections where the report names the country as a place to go on to,
   * also where it gives a first transfer there too: the map draws that travel apart.
   */
  onwardCitations: FigureCitation[];
  /** Everyone the report credits with the number (every section that gives it), or with the figure where it gives none. */
  cited: string[];
  /** The outlet citing them: "Al Jazeera, citing Reuters and …". */
  credit: string;
}

/** The words of a figure that give its number; all of them where it gives none (or they are not marked). */
export function numberWords(f: Pick<DestinationFigure, 'count' | 'evidence'>): string[] {
  const words = f.evidence ?? [];
  const giving = f.count === undefined ? [] : words.filter((w) => numbersIn(w).includes(f.count!));
  return giving.length ? giving : words;
}

/** Everyone the citations credit, each once. */
export const citedBy = (citations: FigureCitation[]) => [...new Set(citations.flatMap((c) => c.cited))];

export function figureOf(
  country: Entry<Country>,
  report: ReportView,
  cite: (figure: DestinationFigure) => FigureCitation,
): ReportFigure | undefined {
  const all = (country.data.destination ?? []).filter((f) => f.report === report.id);
  if (!all.length) return undefined;
  const direct = all.filter((f) => !f.onward);
  const used = direct.length ? direct : all;
  const counted = used.filter((f) => f.count !== undefined).sort((a, b) => b.count! - a.count!);
  const main = counted[0] ?? used.find((f) => f.cities.length) ?? used[0];
  // Whoever gives the number is credited with it; without a number, whoever gives the figure.
  const giving = counted.length ? counted.filter((f) => f.count === counted[0].count) : used;
  const cited = citedBy(giving.map(cite));
  return {
    report: report.id,
    outlet: report.data.outlet,
    count: counted[0]?.count,
    label: counted[0]?.label,
    cities: [...new Set(used.flatMap((f) => f.cities))],
    onward: !direct.length,
    notes: [...new Set(all.map((f) => f.note))],
    citation: cite(main),
    citations: all.map(cite),
    onwardCitations: all.filter((f) => f.onward).map(cite),
    cited,
    credit: citing(report.data.outlet, cited),
  };
}

/** A figure in words, for a chart label or a table cell: "114 prisoners", "Vilnius; no number given". */
export function describeFigure(f: ReportFigure): string {
  if (f.count !== undefined) return `${f.count} ${f.count === 1 ? 'prisoner' : 'prisoners'}`;
  if (f.onward) return 'a place to go on to; no number';
  return `${f.cities.length ? `${f.cities.join(', ')}; ` : ''}no number given`;
}
