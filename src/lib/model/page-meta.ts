/**
 * What each page says of itself, in its head (title, description) and on its
 * share card (with a key figure where it has one): decided here, once, for
 * the layout and the share cards alike. Pages are found by address: the
 * site's own pages (../pages.ts, with their words from site.yaml), then one
 * page per report and per person.
 */
import { PAGES, REPORTS_PER_PAGE, type PageName } from '../pages.ts';
import { cardPath } from '../cards/path.ts';
import type { CardInput } from '../cards/card-input.ts';
import { keyFacts } from './key-facts.ts';
import { personHref, reportHref, type SiteModel } from './index.ts';

export interface PageMeta {
  /** The page's own title (the home page's is the news, from site.yaml `pages.home.title`). */
  title: string;
  description: string;
  /** The page's key figure for its share card, e.g. "123", and what it counts. */
  figure?: string;
  figureLabel?: string;
}

/** The key figure of the site's own pages that have one. */
const FIGURES: Partial<Record<PageName, (site: SiteModel) => Pick<PageMeta, 'figure' | 'figureLabel'>>> = {
  home: (site) => ({ figure: keyFacts(site).released.map((f) => f.count).join(' or '), figureLabel: 'prisoners freed' }),
  countries: (site) => {
    // The largest number any report gives for a destination, worded and credited as the figure it comes from is.
    const top = keyFacts(site).destinations[0];
    return top ? { figure: String(top.count), figureLabel: `${top.label} (${top.citation.attribution})` } : {};
  },
};

/** The list of reports runs on over /reports/2/, /reports/3/, …: "Reports (page 2 of 3)". */
function reportListTitle(site: SiteModel, pathname: string): string {
  const pages = Math.ceil(site.reports.length / REPORTS_PER_PAGE);
  const page = Number(/^\/reports\/(\d+)\/$/.exec(pathname)?.[1] ?? 1);
  return `${site.text.pages.reports.title}${pages > 1 ? ` (page ${page} of ${pages})` : ''}`;
}

/**
 * The address of every page the site has: its own pages, the list of
 * reports' further pages (/reports/2/, …), one page per report and per
 * person. pageMeta() knows each of them.
 */
export function pagePaths(site: SiteModel): string[] {
  const listPages = Math.ceil(site.reports.length / REPORTS_PER_PAGE);
  return [
    ...PAGES.map((p) => p.href),
    ...Array.from({ length: Math.max(0, listPages - 1) }, (_, i) => `/reports/${i + 2}/`),
    ...site.reports.map((r) => reportHref(r.id)),
    ...site.people.map((p) => personHref(p.id)),
  ];
}

export function pageMeta(site: SiteModel, pathname: string): PageMeta {
  const listed = /^\/reports\/\d+\/$/.test(pathname) ? '/reports/' : pathname;
  const page = PAGES.find((p) => p.href === listed);
  if (page) {
    const { title, description } = site.text.pages[page.name];
    return { title: page.name === 'reports' ? reportListTitle(site, pathname) : title, description, ...FIGURES[page.name]?.(site) };
  }
  const report = site.reports.find((r) => reportHref(r.id) === pathname);
  if (report) {
    const { title, summary, released, outlet } = report.data;
    return { title, description: summary, figure: String(released.count), figureLabel: `prisoners freed, by ${outlet}'s account` };
  }
  const person = site.people.find((p) => personHref(p.id) === pathname);
  if (person) {
    const { name, role, description } = person.data;
    return { title: name, description: `${name}: ${role}. ${description}` };
  }
  throw new Error(`No page at ${pathname}: add it to src/lib/pages.ts`);
}

/** A page's share card: where it goes under the built site, and what it shows (its title and key figure). */
export interface PageCard extends CardInput {
  path: string;
}

export function cardOf(site: SiteModel, pathname: string): PageCard {
  const { title, description, figure, figureLabel } = pageMeta(site, pathname);
  return { path: cardPath(pathname), siteName: site.text.name, title, figure, figureLabel, description };
}
