/**
 * The two builds the tests share, each built once per `npm test` by
 * tests/support/build-sites.ts: the real content into dist/, and the made-up
 * second event (tests/fixtures/event/) into dist-second-event/. The
 * built-site tests read them; the browser tests load them from
 * scripts/serve.ts, one server each.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CONTENT, DIST, ROOT } from '../../scripts/lib/paths.ts';

export interface BuiltSite {
  /** A name for test titles. */
  name: string;
  /** The content folder it is built from. */
  content: string;
  /** The built site. */
  dist: string;
  /** The port its server listens on in the browser tests. */
  port: number;
}

/**
 * The real content (content/, or CONTENT_DIR) in dist/ (or DIST_DIR). Not port
 * 4321, so that the tests can run while `npm start` serves the site; E2E_PORT
 * moves it when two test runs share a machine.
 */
export const REAL: BuiltSite = { name: 'real', content: CONTENT, dist: DIST, port: Number(process.env.E2E_PORT ?? 4322) };

/** A made-up event, built by the same code: proof that the code holds no fact of the real one. */
export const SECOND_EVENT: BuiltSite = {
  name: 'second event',
  content: join(ROOT, 'tests/fixtures/event'),
  dist: join(ROOT, 'dist-second-event'),
  port: Number(process.env.E2E_SECOND_PORT ?? 4323),
};

export const SITES = [REAL, SECOND_EVENT];

/** The site's folder, or a message saying how to build it when it is missing. */
export function builtDist(site: BuiltSite): string {
  if (!existsSync(join(site.dist, '_headers'))) {
    throw new Error(`${relative(ROOT, site.dist)}/ is not built: run \`npm run test:build\` (npm test does) first`);
  }
  return site.dist;
}
