/**
 * schema.org data for a report page, and its safe serialisation into a
 * <script type="application/ld+json">.
 */
import type { SiteModel, ReportView } from './model';
import { personHref, reportHref } from './model';

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
    ...(report.data.updated && { dateModified: report.data.updated.toISOString().slice(0, 10) }),
    ...(report.data.corrections.length > 0 && {
      correction: report.data.corrections.map((c) => ({
        '@type': 'CorrectionComment',
        datePublished: c.date.toISOString().slice(0, 10),
        text: `${c.what} Why: ${c.why}`,
      })),
    }),
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: report.data.outlet },
      // The outlets it credits for some of its sections (src/lib/attribution.ts).
      ...(report.data.credits.length > 0 && {
        sourceOrganization: report.data.credits.map((c) => ({ '@type': 'Organization', name: c.outlet })),
      }),
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
