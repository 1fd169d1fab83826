/**
 * Where things are, for every test and script: the project root, and the
 * content folder and built site that the build itself uses (src/lib/config.ts,
 * the one reader of CONTENT_DIR and DIST_DIR).
 */
import { join } from 'node:path';
import { config } from '../../src/lib/config.ts';

export const ROOT = join(import.meta.dirname, '../..');
/** The content folder: `content/`, or the one CONTENT_DIR names. */
export const CONTENT = config.contentDir;
/** The built site: `dist/`, or the folder DIST_DIR names. */
export const DIST = config.distDir;
