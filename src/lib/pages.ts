/**
 * The site's own pages: each one's name (its words are `pages.<name>` in the
 * content's site.yaml), its address and its label in the navigation, in the
 * order the navigation shows them. The nav, the site.yaml schema, the share
 * cards and the tests all read this list: to add a page, add its file under
 * src/pages/, an entry here, and its words in each content folder's site.yaml.
 * Report and person pages are not here: there is one per entry of the content.
 */
export const PAGES = [
  { name: 'home', href: '/', nav: 'Overview' },
  { name: 'reports', href: '/reports/', nav: 'Reports' },
  { name: 'people', href: '/people/', nav: 'People' },
  { name: 'countries', href: '/countries/', nav: 'Countries' },
  { name: 'sanctions', href: '/sanctions/', nav: 'Sanctions' },
  { name: 'compare', href: '/compare/', nav: 'Compare' },
  { name: 'summary', href: '/summary/', nav: 'Summary' },
  { name: 'search', href: '/search/', nav: 'Search' },
  { name: 'about', href: '/about/', nav: 'About' },
  // The page for an address that does not exist: in no navigation, and not indexed.
  { name: 'notFound', href: '/404/', nav: undefined },
] as const satisfies readonly { name: string; href: `/${string}`; nav: string | undefined }[];

/** The list of reports runs on over pages of this many: /reports/, /reports/2/, … */
export const REPORTS_PER_PAGE = 50;

export type PageName = (typeof PAGES)[number]['name'];

export const PAGE_NAMES = PAGES.map((p) => p.name) as [PageName, ...PageName[]];

/** The pages the navigation lists, in its order. */
export const NAV = PAGES.filter((p) => p.nav !== undefined);
