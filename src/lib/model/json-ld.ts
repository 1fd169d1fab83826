/**
 * schema.org data for a report page, and its safe serialisation into a
 * <script type="application/ld+json">.
 *
 * A NewsArticle as Google's "Article" structured data documents it
 * (https://developers.google.com/search/docs/appearance/structured-data/article):
 * headline, image, datePublished and dateModified as ISO 8601 date-times,
 * author with a name and a URL; and the publisher. The page is this site's
 * retelling, so the site is its author and publisher, and the outlet's report
 * is what it is based on.
 */
import type { SiteModel, ReportView } from './index.ts';
import { personHref, reportHref } from './index.ts';
import { cardPath } from '../cards/path.ts';


export function newsArticle(site: SiteModel, report: ReportView, origin: URL) {
  const url = new URL(reportHref(report.id), origin).href;
  const { title, summary, outlet, credits, eventDate, published, updated, corrections } = report.data;
  const organisation = { '@type': 'Organization', name: site.text.name, url: new URL('/', origin).href };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    description: summary,
    url,
    mainEntityOfPage: url,
    // The report's share card, drawn at build time (src/lib/cards/).
    image: [new URL(cardPath(reportHref(report.id)), origin).href],
    datePublished: published.toISOString(),
    dateModified: (updated ?? published).toISOString(),
    ...(corrections.length > 0 && {
      correction: corrections.map((c) => ({
        '@type': 'CorrectionComment',
        datePublished: c.date.toISOString().slice(0, 10),
        text: `${c.what} Why: ${c.why}`,
      })),
    }),
    author: [organisation],
    publisher: organisation,
    inLanguage: site.text.language,
    // The day of the events reported, as precisely as it is known: a date, not a time of day.
    temporalCoverage: eventDate.toISOString().slice(0, 10),
    isBasedOn: {
      '@type': 'NewsArticle',
      // The outlet's own headline and address are not in the received text; its name and day are.
      name: `The report by ${report.credit}`,
      publisher: { '@type': 'Organization', name: outlet },
      // The outlets it credits for some of its sections (./attribution.ts).
      ...(credits.length > 0 && { sourceOrganization: credits.map((c) => ({ '@type': 'Organization', name: c.outlet })) }),
    },
    mentions: report.data.people.map((id) => {
      const p = site.get('people', id).data;
      return {
        '@type': 'Person',
        name: p.name,
        ...(p.aliases.length > 0 && { alternateName: p.aliases }),
        jobTitle: p.role,
        url: new URL(personHref(id), origin).href,
      };
    }),
    spatialCoverage: report.data.countries.map((id) => ({ '@type': 'Place', name: site.get('countries', id).data.name })),
  };
}

/**
 * JSON for an inline script: "<" is written as \u003c so that no text from
 * the content can close the script element.
 */
export const toJsonLd = (data: unknown) => JSON.stringify(data).replace(/</g, '\\u003c');
