/** An RSS feed of the reports, for readers who follow the site in a feed reader. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../lib/site';
import { reportHref } from '../lib/model';

export function GET(context: APIContext) {
  const site = loadSite();
  return rss({
    title: `${site.text.name}: the reports`,
    description: site.text.pages.reports.description,
    site: context.site!,
    items: site.reports.map((r) => ({
      title: r.data.title,
      description: r.data.summary,
      link: reportHref(r.id),
      pubDate: r.data.eventDate,
      author: r.credit,
    })),
  });
}
