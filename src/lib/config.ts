/**
 * The one place the site's code reads the environment. Every setting has a
 * default that builds this story; the variables are for the tests, the bench
 * and a publisher:
 *
 *   CONTENT_DIR  the content folder to build (default content/; the tests build tests/fixtures/event)
 *   DIST_DIR     where the built site goes (default dist/)
 *   SITE_URL     the canonical origin, instead of `url` in the content's site.yaml
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const env = process.env;

export const config = {
  contentDir: resolve(env.CONTENT_DIR ?? 'content'),
  distDir: resolve(env.DIST_DIR ?? 'dist'),
  /** `astro dev` sets NODE_ENV to development: content is then read again whenever a file changes. */
  watchContent: env.NODE_ENV === 'development',
};

/**
 * The canonical origin of every absolute URL: SITE_URL, or the content's own
 * `url` (so a new story brings its address). Astro needs it before the
 * pipeline runs, so this reads that one field; the loader checks it with the rest.
 */
export const siteOrigin = (): string => env.SITE_URL ?? parse(readFileSync(join(config.contentDir, 'site.yaml'), 'utf8')).url;
