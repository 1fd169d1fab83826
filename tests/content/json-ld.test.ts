import { describe, expect, it } from 'vitest';
import { newsArticle, toJsonLd } from '../../src/lib/model/json-ld.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const site = buildModel(loadContent(CONTENT));
const origin = new URL('https://example.org');

/** An ISO 8601 date-time with a time zone, as Google asks for datePublished and dateModified. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

describe('newsArticle', () => {
  it.each(site.reports)('describes $id as a NewsArticle with its people and places', (report) => {
    const data = newsArticle(site, report, origin);
    expect(data['@type']).toBe('NewsArticle');
    expect(data.url).toBe(`https://example.org/reports/${report.id}/`);
    expect(data.headline).toBe(report.data.title);
    expect(data.isBasedOn.publisher.name).toBe(report.data.outlet);
    expect(data.mentions.map((m) => m.name)).toEqual(report.data.people.map((id) => site.get('people', id).data.name));
    expect(data.spatialCoverage).toHaveLength(report.data.countries.length);
  });

  // What Google's Article structured data documents, and what its Rich Results Test flags when missing.
  it.each(site.reports)('gives $id every property Google documents for an article', (report) => {
    const data = newsArticle(site, report, origin);
    expect(data.headline.length).toBeLessThanOrEqual(110);
    expect(data.image).toEqual([`https://example.org/cards/reports/${report.id}.png`]);
    expect(data.datePublished).toMatch(DATE_TIME);
    expect(data.dateModified).toMatch(DATE_TIME);
    expect(data.datePublished).toBe(report.data.published.toISOString());
    expect(Date.parse(data.dateModified)).toBeGreaterThanOrEqual(Date.parse(data.datePublished));
    for (const who of [...data.author, data.publisher]) {
      expect(who).toEqual({ '@type': 'Organization', name: site.text.name, url: 'https://example.org/' });
    }
    // The source article is named, with its outlet, not only the outlet.
    expect(data.isBasedOn.name).toBe(`The report by ${report.credit}`);
    // No empty values: a person with no other spelling has no alternateName at all.
    const empty = JSON.stringify(data).match(/"[^"]+":(?:\[\]|""|\{\})/g);
    expect(empty).toBeNull();
  });
});

describe('toJsonLd', () => {
  it('cannot be closed early by text in the content', () => {
    const json = toJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('A </script><script>alert(1)</script> title');
  });
});
