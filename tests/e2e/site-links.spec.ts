/**
 * Over the whole built site (dist/, built by the web server step): every
 * internal link lands on a page and element that exist, and every anchor
 * ever published is still there.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { brokenLinks, compareAnchors, readSite } from '../support/site-links';
import { readAnchorList } from '../support/update-anchors';

const site = readSite(join(import.meta.dirname, '../../dist'));

test('every internal link and #fragment resolves', () => {
  const links = [...site.values()].reduce((n, page) => n + page.links.length, 0);
  console.log(`checked ${links} links on ${site.size} pages`);
  expect(site.size).toBeGreaterThan(5);
  expect(brokenLinks(site)).toEqual([]);
});

test('no published anchor is lost, and every anchor is listed', () => {
  const committed = readAnchorList();
  expect(committed.length).toBeGreaterThan(0);
  const { lost, unlisted } = compareAnchors(committed, site);
  expect(lost, 'anchors that links may point to are gone: keep the id, or declare it in anchorAliases').toEqual([]);
  expect(unlisted, 'new anchors: run `npm run anchors` and commit tests/published-anchors.txt').toEqual([]);
});

test('the sitemap lists every page but the 404, and the feed every report', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
  expect(listed).toEqual([...site.keys()].filter((p) => p !== '/404.html').sort());

  const feed = await (await request.get('/rss.xml')).text();
  const reports = [...site.keys()].filter((p) => /^\/reports\/[^/]+\/$/.test(p));
  expect(reports.length).toBeGreaterThan(0);
  for (const path of reports) expect(feed).toContain(`${path}</link>`);
});
