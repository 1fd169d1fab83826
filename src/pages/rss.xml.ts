/** An RSS feed of the reports, for readers who follow the site in a feed reader. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../lib/site';
import { reportHref } from '../lib/model';
import { reportByline } from '../lib/attribution';
import { loadSiteStandards } from '../lib/site-standards';

const day = (d: Date) => d.toISOString().slice(0, 10);

export async function GET(context: APIContext) {
  const site = await loadSite();
  const standards = loadSiteStandards();
  return rss({
    title: 'Belarus frees 123 prisoners: the reports',
    description: 'News reports of Belarus’s release of 123 prisoners, retold section by section.',
    site: context.site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: standards.updated ? `<atom:updated>${day(standards.updated)}</atom:updated>` : '',
    items: [
      ...site.reports.map((r) => ({
        title: r.data.title,
        description: [
          r.data.summary,
          ...r.data.corrections.map((c) => `Correction, ${day(c.date)}: ${c.what}`),
        ].join(' '),
        link: reportHref(r.id),
        pubDate: r.data.eventDate,
        author: reportByline(r),
        customData: r.data.updated ? `<atom:updated>${day(r.data.updated)}</atom:updated>` : '',
      })),
      ...(standards.corrections.length
        ? [
            {
              title: 'Corrections to this explainer',
              description: standards.corrections.map((c) => `${day(c.date)}: ${c.what}`).join(' '),
              link: '/about/#corrections',
              pubDate: standards.updated ?? standards.corrections.at(-1)!.date,
            },
          ]
        : []),
    ],
  });
}
