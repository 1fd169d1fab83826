/** An RSS feed of the reports, for readers who follow the site in a feed reader. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../lib/site.ts';
import { reportHref } from '../lib/model/index.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Text for an XML element; the feed's own values are escaped by @astrojs/rss, custom data is not. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function GET(context: APIContext) {
  const site = loadSite();
  const self = new URL('/rss.xml', context.site).href;
  return rss({
    title: `${site.text.name}: the reports`,
    description: site.text.pages.reports.description,
    site: context.site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    // The feed names its own address (a validator's "missing atom:link rel=self") and its language.
    customData: `<atom:link href="${self}" rel="self" type="application/rss+xml"/><language>${site.text.language}</language>`,
    // Newest first; the date is when this site published its retelling, not the event's.
    items: site.reports
      .toSorted((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id))
      .map((r) => ({
        title: r.data.title,
        // A reader of the feed sees each correction with the report it corrects.
        description: [r.data.summary, ...r.data.corrections.map((c) => `Correction, ${day(c.date)}: ${c.what}`)].join(' '),
        link: reportHref(r.id),
        pubDate: r.data.published,
        // RSS's <author> takes an e-mail address; the outlet is the item's creator in Dublin Core's terms.
        customData: `<dc:creator>${xmlText(r.credit)}</dc:creator>`,
      }))
      .concat(
        // The site's own corrections, as one item that links to /about/, which lists them.
        site.text.corrections.length
          ? [
              {
                title: 'Corrections to this explainer',
                description: site.text.corrections.map((c) => `${day(c.date)}: ${c.what}`).join(' '),
                // The page, not its #corrections: the feed writer would add a slash after the fragment.
                link: '/about/',
                pubDate: site.text.updated ?? site.text.corrections.at(-1)!.date,
                customData: '',
              },
            ]
          : [],
      ),
  });
}
