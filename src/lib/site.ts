/**
 * The pipeline, once per build: load the content folder, build the model,
 * check it, and hand the pages the model. CONTENT_DIR chooses the folder
 * (`content/` by default; the tests build a fictional event from another).
 */
import { resolve } from 'node:path';
import { loadContent } from './load/content';
import { buildModel, type SiteModel } from './model';
import { assertSound } from './check';

export const contentDir = () => resolve(process.env.CONTENT_DIR ?? 'content');

let site: SiteModel | undefined;

export function loadSite(): SiteModel {
  site ??= assertSound(buildModel(loadContent(contentDir())));
  return site;
}
