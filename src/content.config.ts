/**
 * Astro's one collection: the reports' MDX, so that pages can render a report's
 * body. Astro checks nothing here: every content file, the reports' frontmatter
 * included, is read and checked by the pipeline in src/lib/ (see site.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entryId } from './lib/load/entry-ids';

export const collections = {
  reports: defineCollection({
    loader: glob({
      pattern: '*.mdx',
      base: `${process.env.CONTENT_DIR ?? 'content'}/reports`,
      generateId: ({ entry }) => entryId(entry),
    }),
  }),
};
