/**
 * A report's old address (`formerIds`; src/lib/model/moved.ts), in both shared builds: a
 * page that sends the reader on, kept out of search engines (noindex, its canonical URL the
 * new address, in neither the sitemap nor the feed nor the search index), on which every
 * anchor ever published under the old address is still an element, a link to the same
 * place on the report's page. (The made-up event has a moved report whatever the real
 * content holds; tests/browser/moved-reports.spec.ts follows the links in a browser.)
 */
import { gunzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { movedPages } from '../../src/lib/model/moved.ts';
import { readAnchorList } from '../../scripts/lib/site-links.ts';
import { builtDist, SITES } from '../support/sites.ts';

const moved = SITES.flatMap((site) =>
  movedPages(buildModel(loadContent(site.content))).map((m) => ({ ...m, site: site.name, dist: builtDist(site), content: site.content })),
);

/** The address of every page in Pagefind's index: each page's fragment is gzipped "pagefind_dcd" and its JSON. */
function searchIndexUrls(dist: string): string[] {
  const folder = join(dist, 'pagefind/fragment');
  return readdirSync(folder).map((f) => {
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
}

test('the builds have a moved report to check', () => expect(moved.length).toBeGreaterThan(0));

describe.each(moved)('$site: $path', ({ path, to, report, dist, content }) => {
  const file = join(dist, path, 'index.html');
  const read = () => parse(readFileSync(file, 'utf8'));

  test('is built, canonical to the report’s address now, kept out of search engines, and sends a reader without scripts on', () => {
    expect(existsSync(file), file).toBe(true);
    const page = read();
    expect(new URL(page.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname).toBe(to);
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    // Inside <noscript>, which an HTML parser without scripts reads as elements, as such a browser does.
    const refresh = parse(page.querySelector('head noscript')!.innerHTML).querySelector('meta[http-equiv="refresh"]');
    expect(refresh?.getAttribute('content')).toBe(`0; url=${to}`);
    expect(page.querySelector('h1')!.text).toBe('This report has moved');
    expect(page.querySelector('a[data-moved-to]')!.getAttribute('href')).toBe(to);
  });

  test('is in neither the sitemap, nor the feed, nor the search index; the report’s page is', () => {
    const sitemap = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    const feed = [...readFileSync(join(dist, 'rss.xml'), 'utf8').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]).pathname);
    const index = searchIndexUrls(dist);
    for (const [where, listed] of Object.entries({ sitemap, feed, index })) {
      expect(listed, where).toContain(to);
      expect(listed, where).not.toContain(path);
    }
    expect(read().querySelector('[data-pagefind-body]')).toBeNull();
  });

  test('keeps every anchor published under the old address: an element with its id, a link to the same place on the report’s page', () => {
    const published = readAnchorList(join(content, 'published-anchors.txt'))
      .filter((a) => a.startsWith(`${path}#`))
      .map((a) => a.slice(path.length + 1));
    // Every place on the report's page: its sections, their old ids and its quotations (each id once on the page).
    const places = report.sections.flatMap((s) => [s.id, ...Object.keys(report.data.anchorAliases).filter((a) => report.data.anchorAliases[a] === s.id), ...s.quotations.map((q) => q.id!)]);
    const page = read();
    for (const id of new Set([...published, ...places])) {
      const link = page.getElementById(id)?.closest('a');
      // A renamed section's old id lands on the section under its new id.
      expect(link?.getAttribute('href'), `${path}#${id}`).toBe(`${to}#${report.data.anchorAliases[id] ?? id}`);
    }
  });
});
