/**
 * Over each whole built site (dist/ and dist-second-event/): every internal
 * link lands on a page and element that exist, and every anchor ever
 * published (the content folder's published-anchors.txt) is still there.
 * Anchors that are new are fine: `npm run anchors` publishes them.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { brokenLinks, compareAnchors, readAnchorList, readSite } from '../../scripts/lib/site-links.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { movedPaths } from '../../src/lib/model/moved.ts';
import { builtDist, SITES } from '../support/sites.ts';

describe.each(SITES)('$name site', (built) => {
  const dist = builtDist(built);
  const site = readSite(dist);
  const ANCHOR_LIST = join(built.content, 'published-anchors.txt');

  test('every internal link and #fragment resolves', () => {
    const links = [...site.values()].reduce((n, page) => n + page.links.length, 0);
    console.log(`checked ${links} links on ${site.size} pages`);
    expect(site.size).toBeGreaterThan(5);
    expect(brokenLinks(site)).toEqual([]);
  });

  test('no published anchor is lost', () => {
    const committed = readAnchorList(ANCHOR_LIST);
    expect(committed.length, `${relative(ROOT, ANCHOR_LIST)} lists the published anchors`).toBeGreaterThan(0);
    const { lost, unlisted } = compareAnchors(committed, site);
    expect(lost, 'anchors that links may point to are gone: keep the id, or declare it in anchorAliases').toEqual([]);
    if (unlisted.length) {
      console.log(
        `${unlisted.length} new anchors, not yet published: once the site is, run \`npm run anchors\` and commit ${relative(ROOT, ANCHOR_LIST)}`,
      );
    }
  });

  test('the sitemap lists every page but the 404 and the reports’ old addresses, and the feed every report', () => {
    // A report's old address sends its readers on (tests/built/moved-reports.test.ts): no page to index.
    const moved = movedPaths(buildModel(loadContent(built.content)));
    const pages = [...site.keys()].filter((p) => !moved.has(p));
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname).sort();
    expect(listed).toEqual(pages.filter((p) => p !== '/404.html').sort());

    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const reports = pages.filter((p) => /^\/reports\/[^/]+\/$/.test(p));
    expect(reports.length).toBeGreaterThan(0);
    for (const path of reports) expect(feed).toContain(`${path}</link>`);
  });
});
