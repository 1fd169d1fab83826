/**
 * Where things are, for the scripts and the tests: the project root, and the
 * content folder and built site of src/lib/config.ts (the one reader of
 * CONTENT_DIR and DIST_DIR), as the build uses them.
 */
import { join } from 'node:path';
import { config } from '../../src/lib/config.ts';

export const ROOT = join(import.meta.dirname, '../..');
/** The content folder: `content/`, or the one CONTENT_DIR names. */
export const CONTENT = config.contentDir;
/** The built site: `dist/`, or the folder DIST_DIR names. */
export const DIST = config.distDir;
