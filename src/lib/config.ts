/**
 * The one place the site's code reads the environment. Every setting has a
 * default that builds this story; the variables are for the tests, the bench
 * and a publisher:
 *
 *   CONTENT_DIR  the content folder to build (default content/; the tests build tests/fixtures/event)
 *   DIST_DIR     where the built site goes (default dist/)
 *   SITE_URL     the canonical origin, instead of `url` in the content's site.yaml
 */
import { resolve } from 'node:path';
import { readSiteFile } from './load/content.ts';

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
 * pipeline runs: site.yaml is read here, and the loader takes that reading.
 * Where site.yaml cannot be read or is unsound, there is no origin yet, and the
 * pipeline's first step stops the build naming each problem.
 */
export const siteOrigin = (): string | undefined => env.SITE_URL ?? readSiteFile(config.contentDir).site?.url;
