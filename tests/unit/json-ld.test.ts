import { describe, expect, it } from 'vitest';
import { newsArticle, toJsonLd } from '../../src/lib/model/json-ld';
import { buildModel } from '../../src/lib/model';
import { loadContent } from '../../src/lib/load/content';
import { CONTENT } from '../support/paths';

const site = buildModel(loadContent(CONTENT));
const origin = new URL('https://example.org');

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
});

describe('toJsonLd', () => {
  it('cannot be closed early by text in the content', () => {
    const json = toJsonLd({ headline: 'A </script><script>alert(1)</script> title' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe('A </script><script>alert(1)</script> title');
  });
});
