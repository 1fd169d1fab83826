/**
 * schema.org data for a report page, and its safe serialisation into a
 * <script type="application/ld+json">.
 */
import type { SiteModel, ReportView } from './index';
import { personHref, reportHref } from './index';

export function newsArticle(site: SiteModel, report: ReportView, origin: URL) {
  const url = new URL(reportHref(report.id), origin).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: report.data.title,
    description: report.data.summary,
    url,
    mainEntityOfPage: url,
    // The day of the events reported; the outlets' own publication times are not known.
    contentReferenceTime: report.data.eventDate.toISOString().slice(0, 10),
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: report.data.outlet },
      ...(report.data.relays && { sourceOrganization: { '@type': 'Organization', name: report.data.relays } }),
    },
    mentions: report.data.people.map((id) => {
      const p = site.get('people', id).data;
      return { '@type': 'Person', name: p.name, alternateName: p.aliases, jobTitle: p.role, url: new URL(personHref(id), origin).href };
    }),
    spatialCoverage: report.data.countries.map((id) => ({ '@type': 'Place', name: site.get('countries', id).data.name })),
  };
}

/**
 * JSON for an inline script: "<" is written as \u003c so that no text from
 * the content can close the script element.
 */
export const toJsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
