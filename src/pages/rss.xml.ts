/** An RSS feed of the reports, for readers who follow the site in a feed reader. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../lib/site';
import { reportHref } from '../lib/model';

export async function GET(context: APIContext) {
  const site = await loadSite();
  return rss({
    title: 'Belarus frees 123 prisoners: the reports',
    description: 'Two news reports of Belarus’s release of 123 prisoners on 13 December 2025, retold section by section.',
    site: context.site!,
    items: site.reports.map((r) => ({
      title: r.data.title,
      description: r.data.summary,
      link: reportHref(r.id),
      pubDate: r.data.eventDate,
      author: r.data.relays ? `${r.data.outlet}, relaying ${r.data.relays}` : r.data.outlet,
    })),
  });
}
