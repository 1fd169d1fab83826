/**
 * Small pieces of the site's own prose that depend on the data, such as how
 * many reports there are, written once here so no page states them by hand.
 */
import type { SiteModel } from './index.ts';

const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as a newsroom writes it: words below ten, figures from ten. */
const numberWord = (n: number) => SMALL[n] ?? n.toLocaleString('en-GB');

/** "3 reports" in words: "three news reports", "one news report". */
export const countOf = (n: number, singular: string, plural = `${singular}s`) =>
  `${numberWord(n)} ${n === 1 ? singular : plural}`;

// Making an Intl.ListFormat costs more than using one, and every page joins lists: one per language and type.
const listFormats = new Map<string, Intl.ListFormat>();

/** A list joined as the site's language joins one: "A, B and C". */
export function listOf(site: SiteModel, items: string[], type: Intl.ListFormatType = 'conjunction'): string {
  const language = site.text.language;
  let format = listFormats.get(`${language} ${type}`);
  if (!format) listFormats.set(`${language} ${type}`, (format = new Intl.ListFormat(language, { type })));
  return format.format(items);
}

/** How many reports, outlets or credits a page names before it counts the rest, so that it does not grow with the reports. */
export const NAMED_AT_MOST = 4;

/**
 * Names as a list, each once: "Al Jazeera and Washington Insider"; past
 * NAMED_AT_MOST, the first ones and a count ("A, B, C, D and 12 others").
 */
export function shortListOf(site: SiteModel, names: string[]): string {
  const distinct = [...new Set(names)];
  const others = distinct.length - NAMED_AT_MOST;
  return listOf(site, others > 0 ? [...distinct.slice(0, NAMED_AT_MOST), countOf(others, 'other')] : distinct);
}

const outlets = new WeakMap<SiteModel, string>();

/** The reports' outlets, each once (shortListOf): every page's footer names them, so they are worked out once a model. */
export function outletsOf(site: SiteModel): string {
  if (!outlets.has(site)) outlets.set(site, shortListOf(site, site.reports.map((r) => r.data.outlet)));
  return outlets.get(site)!;
}

/** "Written from two news reports: Al Jazeera and Washington Insider." Who says what in each is on its page. */
export function describeSources(site: SiteModel): string {
  return `Written from ${countOf(site.reports.length, 'news report')}: ${outletsOf(site)}.`;
}
