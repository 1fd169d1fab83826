/**
 * The numbers a reader should take away, derived from the content so that the
 * home page (and later the printed summary) can never drift from it.
 */
import type { Citation, SiteModel } from './model';

export interface ReleasedFigure {
  count: number;
  /** Every report that gives this count. */
  citations: Citation[];
}

export interface DestinationCount {
  country: string;
  countryName: string;
  count: number;
  citation: Citation;
}

export interface KeyFacts {
  /** One entry when the reports agree on how many were freed, one per figure when they do not. */
  released: ReleasedFigure[];
  destinations: DestinationCount[];
  sanctionsLifted: number;
  sanctionsInForce: number;
}

export function keyFacts(site: SiteModel): KeyFacts {
  const released: ReleasedFigure[] = [];
  for (const r of site.reports) {
    const citation = site.cite({ report: r.id, section: r.data.released.section });
    const same = released.find((f) => f.count === r.data.released.count);
    if (same) same.citations.push(citation);
    else released.push({ count: r.data.released.count, citations: [citation] });
  }

  const destinations = site.countries.flatMap((c) =>
    (c.data.destination ?? [])
      .filter((f) => f.count !== undefined)
      // A report may give the same figure twice (from two sources); show it once.
      .filter((f, i, all) => all.findIndex((g) => g.report === f.report && g.count === f.count) === i)
      .map((f) => ({ country: c.id, countryName: c.data.name, count: f.count!, citation: site.cite(f) })),
  );

  return {
    released,
    destinations: destinations.sort((a, b) => b.count - a.count),
    sanctionsLifted: site.sanctions.filter((s) => s.data.status === 'lifted').length,
    sanctionsInForce: site.sanctions.filter((s) => s.data.status === 'in-force').length,
  };
}
