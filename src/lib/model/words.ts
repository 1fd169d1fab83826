/**
 * Small pieces of the site's own prose that depend on the data, such as how
 * many reports there are, written once here so no page states them by hand.
 */
import type { SiteModel } from './index';

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as a newsroom writes it: words below ten, figures from ten. */
const numberWord = (n: number) => SMALL[n] ?? n.toLocaleString('en-GB');

/** "3 reports" in words: "three news reports", "one news report". */
export const countOf = (n: number, singular: string, plural = `${singular}s`) =>
  `${numberWord(n)} ${n === 1 ? singular : plural}`;

/** A list joined as the site's language joins one: "A, B and C". */
export const listOf = (site: SiteModel, items: string[], type: Intl.ListFormatType = 'conjunction') =>
  new Intl.ListFormat(site.text.language, { type }).format(items);

/**
 * The reports' outlets, each once: "Al Jazeera and Washington Insider"; past
 * four, the first four and a count ("A, B, C, D and 12 others"), so that the
 * pages that say it (every page's footer) do not grow with the reports.
 */
export function outletsOf(site: SiteModel): string {
  const NAMED = 4;
  const outlets = [...new Set(site.reports.map((r) => r.data.outlet))];
  const others = outlets.length - NAMED;
  return listOf(site, others > 0 ? [...outlets.slice(0, NAMED), countOf(others, 'other')] : outlets);
}

/** "Written from two news reports: Al Jazeera and Washington Insider." Who says what in each is on its page. */
export function describeSources(site: SiteModel): string {
  return `Written from ${countOf(site.reports.length, 'news report')}: ${outletsOf(site)}.`;
}
