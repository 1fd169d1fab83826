/**
 * What the "where they went" chart shows: for each destination, one line per
 * report with that report's figure (the one rule in ./figures.ts), so the
 * chart never shows a figure the data does not hold.
 */
import type { SiteModel } from './index.ts';
import { describeFigure, type ReportFigure } from './figures.ts';

export interface ChartLine extends ReportFigure {
  /** What the line says beside its bar, in the site's words: "114 prisoners". */
  words: string;
}

export interface ChartGroup {
  country: string;
  name: string;
  lines: ChartLine[];
}

export interface DestinationChart {
  /** How many were freed, for the scale; the largest figure where the reports differ. */
  released: number;
  groups: ChartGroup[];
}

export function destinationChart(site: SiteModel): DestinationChart {
  return {
    released: Math.max(...site.reports.map((r) => r.data.released.count)),
    groups: site.destinations.map(({ country, figures }) => ({
      country: country.id,
      name: country.data.name,
      lines: figures.map((f) => ({ ...f, words: describeFigure(f) })),
    })),
  };
}

/** The chart in one paragraph, for readers who cannot see it. */
export function describeChart({ released, groups }: DestinationChart): string {
  const groupText = groups.map((g) => `${g.name}: ${g.lines.map((l) => `${l.credit}, ${l.words}`).join('; ')}.`);
  return [`Where the ${released} freed prisoners went, by report.`, ...groupText].join(' ');
}
