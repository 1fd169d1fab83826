/**
 * What the "where they went" diagram shows, worked out from the countries
 * data: for each destination, one line per report with that report's figure.
 * A report may give a country several figures (two sources, or a number and
 * an onward route); the line shows the number where there is one, so the
 * chart never shows a figure the data does not hold.
 */
import type { Citation, SiteModel } from './model';

export interface ChartLine {
  outlet: string;
  /** Undefined where the report names the country but gives no number. */
  count?: number;
  /** What the line says beside its bar, in the site's words. */
  label: string;
  citation: Citation;
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
  const released = Math.max(...site.reports.map((r) => r.data.released.count));
  const groups = site.destinations.map(({ id, data }) => {
    // Countries that received no one directly are only named as places to go on to.
    const onwardOnly = !data.roles.some((r) => r.role === 'received-prisoners');
    const lines = site.reports.flatMap((report): ChartLine[] => {
      const figures = (data.destination ?? []).filter((f) => f.report === report.id);
      if (!figures.length) return [];
      const counted = figures.filter((f) => f.count !== undefined).sort((a, b) => b.count! - a.count!);
      const figure = counted[0] ?? figures.find((f) => f.cities.length) ?? figures[0];
      const cities = figure.cities.length ? `${figure.cities.join(', ')}; ` : '';
      const label =
        figure.count !== undefined
          ? `${figure.count} ${figure.count === 1 ? 'prisoner' : 'prisoners'}`
          : onwardOnly
            ? 'a place to go on to; no number'
            : `${cities}no number given`;
      return [{ outlet: report.data.outlet, count: figure.count, label, citation: site.cite(figure) }];
    });
    return { country: id, name: data.name, lines };
  });
  return { released, groups };
}

/** The chart in one paragraph, for readers who cannot see it. */
export function describeChart({ released, groups }: DestinationChart): string {
  const groupText = groups.map(
    (g) => `${g.name}: ${g.lines.map((l) => `${l.outlet}, ${l.label}`).join('; ')}.`,
  );
  return [`Where the ${released} freed prisoners went, by report.`, ...groupText].join(' ');
}
