/**
 * Where things are, for every test and script: the project root, the content
 * folder the site is built from (CONTENT_DIR, as in the build) and the built
 * site (DIST_DIR, as in the build).
 */
import { join, resolve } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
/** The content folder: `content/`, or the one CONTENT_DIR names (relative to the root). */
export const CONTENT = resolve(ROOT, process.env.CONTENT_DIR ?? 'content');
/** The built site: `dist/`, or the folder DIST_DIR names (relative to the root), as astro.config.mjs does. */
export const DIST = resolve(ROOT, process.env.DIST_DIR ?? 'dist');
