/**
 * What machines read: the feed, robots.txt, canonical URLs, Open Graph titles
 * and table captions, from the built files.
 */
import { expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { loadContent } from '../../src/lib/load/content.ts';

import { builtDist, REAL } from '../support/sites.ts';

const dist = builtDist(REAL);
const read = (file: string) => readFileSync(join(dist, file), 'utf8');
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
const { reports, site: siteText } = loadContent(REAL.content);
const site = parse(read('index.html')).querySelector('link[rel="canonical"]')!.getAttribute('href')!;

test('the feed is RSS 2.0 with its own address, a language, and each report’s true publication time', () => {
  const feed = parse(read('rss.xml'), { lowerCaseTagName: false });
  const channel = feed.querySelector('channel')!;
  expect(feed.querySelector('rss')!.getAttribute('version')).toBe('2.0');
  const self = channel.querySelector('atom\\:link')!;
  expect(self.getAttribute('rel')).toBe('self');
  expect(self.getAttribute('href')).toBe(new URL('/rss.xml', site).href);
  expect(self.getAttribute('type')).toBe('application/rss+xml');
  expect(channel.querySelector('language')!.text).toBe('en-GB');
  const items = channel.querySelectorAll('item');
  expect([...read('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]).slice(1)).toEqual(
    items.map((i) => i.querySelector('guid')!.text),
  );
  // One item a report, and one for the site's own corrections, linking to the list on /about/.
  const corrections = items.filter((i) => i.querySelector('guid')!.text.endsWith('/about/'));
  expect(corrections).toHaveLength(siteText.corrections.length ? 1 : 0);
  if (siteText.updated) expect(corrections[0].querySelector('pubdate')!.text).toBe(siteText.updated.toUTCString());
  const reportItems = items.filter((i) => !corrections.includes(i));
  expect(reportItems).toHaveLength(reports.length);
  for (const item of reportItems) {
    // (an HTML parser reads <link> as empty; the permalink guid holds the same URL)
    const link = item.querySelector('guid')!.text;
    const report = reports.find((r) => link === new URL(`/reports/${r.id}/`, site).href)!;
    expect(report, link).toBeDefined();
    // (selectors match tag names in lower case) RFC 822, and the time this site published the report, not the event's midnight.
    expect(item.querySelector('pubdate')!.text).toBe(report.data.published.toUTCString());
    expect(item.querySelector('pubdate')!.text).not.toMatch(/00:00:00/);
    // <author> would have to be an e-mail address: the outlet is the item's dc:creator.
    expect(item.querySelector('author')).toBeNull();
    expect(item.querySelector('dc\\:creator')!.text).toContain(report.data.outlet);
  }
});

test('robots.txt allows crawling and names the sitemap at the canonical origin', () => {
  expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`);
  expect(htmlFiles.length).toBeGreaterThan(5);
});

test('the 404 page claims no address of its own and stays out of search engines', () => {
  const page = parse(read('404.html'));
  expect(page.querySelector('link[rel="canonical"]')).toBeNull();
  expect(page.querySelector('meta[property="og:url"]')).toBeNull();
  expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
});

for (const file of htmlFiles.filter((f) => f !== '404.html')) {
  test(`${file}: og:title names the page, and every table has a caption`, () => {
    const page = parse(read(file));
    const ogTitle = page.querySelector('meta[property="og:title"]')!.getAttribute('content')!;
    const title = page.querySelector('title')!.text;
    const siteName = page.querySelector('meta[property="og:site_name"]')!.getAttribute('content')!;
    // The page's own title, without " · site name" (the home page's, the news, stands alone).
    expect(title.replace(` · ${siteName}`, '')).toBe(ogTitle);
    expect(ogTitle).not.toBe('Overview');
    for (const table of page.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.text.trim(), file).toMatch(/\w{3,}/);
    }
  });
}
