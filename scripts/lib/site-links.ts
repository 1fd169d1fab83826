/**
 * Lists a built site's pages (dist/), reads them as a map of pages, and checks its links:
 * every internal link, with its #fragment, must land on a page and an
 * element that exist, and every published anchor must still be there.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { CONTENT } from './paths.ts';

/** The list of every anchor the site has published, kept with the content it was published from. */
export const ANCHOR_LIST = join(CONTENT, 'published-anchors.txt');

/** The published anchors, "/page/#id", from the list (comments and blank lines left out); none if there is no list. */
export function readAnchorList(file = ANCHOR_LIST): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export interface Page {
  /** Every id on the page. */
  ids: Set<string>;
  /** The href of every <a> on the page. */
  links: string[];
  /** The ids that the page offers a visible link to (its a.anchor-link). */
  anchors: string[];
}
export type Site = Map<string, Page>;

/** One page's links and ids, from its HTML. */
export function readPage(html: string): Page {
  const root = parse(html);
  return {
    ids: new Set(root.querySelectorAll('[id]').map((el) => el.id)),
    links: root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
    anchors: root.querySelectorAll('a.anchor-link').map((a) => a.getAttribute('href')!.slice(1)),
  };
}

/**
 * Every HTML page of a build, in the order of their URL paths: the path it is served at
 * ("/people/", "/404.html") and its file. The one list of a build's pages that the tests,
 * the bench and the Lighthouse run share.
 */
export function builtPages(dist: string): { url: string; file: string }[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = '/' + file.split(sep).join('/');
      return { url: path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path, file: join(dist, file) };
    })
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** Every HTML page under `dist`, keyed by the URL path it is served at, with its links and ids. */
export function readSite(dist: string): Site {
  return new Map(builtPages(dist).map(({ url, file }) => [url, readPage(readFileSync(file, 'utf8'))]));
}

/** Every internal link that leads nowhere, as "on <page>: <href> (why)". */
export function brokenLinks(site: Site): string[] {
  const broken: string[] = [];
  for (const [from, page] of site) {
    for (const href of page.links) {
      const url = new URL(href, `http://site.invalid${from}`);
      if (url.origin !== 'http://site.invalid') continue; // external: not ours to check here
      const target = site.get(url.pathname);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!target) broken.push(`on ${from}: ${href} (no page ${url.pathname})`);
      else if (fragment && !target.ids.has(fragment)) broken.push(`on ${from}: ${href} (no element #${fragment} on ${url.pathname})`);
    }
  }
  return broken;
}

/** Every anchor the site offers a visible link to, as "/page/#id", sorted. */
export function publishedAnchors(site: Site): string[] {
  return [...site].flatMap(([path, page]) => page.anchors.map((id) => `${path}#${id}`)).sort();
}

/**
 * Compares the committed list with a build: `lost` anchors break links people
 * may have shared; `unlisted` ones are new, which is fine: `npm run anchors`
 * publishes them (adds them to the list).
 */
export function compareAnchors(committed: readonly string[], site: Site) {
  const lost = committed.filter((anchor) => {
    const [path, id] = anchor.split('#');
    return !site.get(path)?.ids.has(id);
  });
  const listed = new Set(committed);
  const unlisted = publishedAnchors(site).filter((a) => !listed.has(a));
  return { lost, unlisted };
}
