/**
 * The numbers a reader should take away, derived from the model so that the
 * home page and the printed summary can never drift from the data.
 */
import { sanctionsWith, type Citation, type SiteModel } from './index.ts';
import type { FigureCitation } from './figures.ts';
import { NAMED_AT_MOST } from './words.ts';

export interface ReleasedFigure {
  count: number;
  /** Every report that gives this count. */
  citations: Citation[];
  /** The reports the page names for it: the first NAMED_AT_MOST, so that the key numbers do not grow with the reports. */
  named: Citation[];
  /** How many more reports give it, counted and not named ("and eight more reports", linking to the list of reports). */
  more: number;
}

export interface DestinationCount {
  country: string;
  countryName: string;
  count: number;
  /** What the report says became of them, as the content words it ("left … for …"): the number comes first. */
  label: string;
  /** The figure the count and its label come from, credited as that figure is. */
  citation: FigureCitation;
}

export interface KeyFacts {
  /** One entry when the reports agree on how many were freed, one per figure when they do not. */
  released: ReleasedFigure[];
  /** Every report's number for every destination, the largest first. */
  destinations: DestinationCount[];
  /** Sets of sanctions whose lifting a report says was announced; none is counted "in force": no report says so. */
  sanctionsLifted: number;
}

export function keyFacts(site: SiteModel): KeyFacts {
  const released: ReleasedFigure[] = [];
  for (const r of site.reports) {
    const citation = site.cite({ report: r.id, section: r.data.released.section });
    const same = released.find((f) => f.count === r.data.released.count);
    if (same) same.citations.push(citation);
    else released.push({ count: r.data.released.count, citations: [citation], named: [], more: 0 });
  }
  for (const f of released) {
    f.named = f.citations.slice(0, NAMED_AT_MOST);
    f.more = f.citations.length - f.named.length;
  }
  const destinations = site.destinations.flatMap(({ country, figures }) =>
    figures
      .filter((f) => f.count !== undefined)
      .map((f) => ({ country: country.id, countryName: country.data.name, count: f.count!, label: f.label!, citation: f.citation })),
  );
  return {
    released,
    destinations: destinations.sort((a, b) => b.count - a.count),
    sanctionsLifted: sanctionsWith(site, 'lifting-announced').length,
  };
}
