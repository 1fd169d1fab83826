/**
 * The pipeline, run once per build: load the content folder (./load), check it
 * (./check), build the model (./model), and hand the pages the model. Pages
 * and components call loadSite() as often as they like; under `astro dev` the
 * content is read again when a file in it changes, so a fix shows on reload.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config.ts';
import { loadContent } from './load/content.ts';
import { assertSound } from './check/index.ts';
import { buildModel, type SiteModel } from './model/index.ts';

/**
 * What every copy of this module in a build shares, on globalThis. A build
 * loads this file more than once (Astro's config and content collection, the
 * integrations and the pages are bundled apart), so a module-level cache
 * would read the content once per bundle: one model per content folder is
 * kept here instead. The first copy (astro.config.mjs's, which Node loads
 * itself) also offers its loadSite: the content collection
 * (src/content.config.ts) takes it from here, rather than have Vite transform
 * and run the whole pipeline's code a second time.
 */
export interface SharedPipeline {
  models: Map<string, { stamp: string; site: SiteModel }>;
  loadSite: () => SiteModel;
}
const cache = ((globalThis as { explainerPipeline?: SharedPipeline }).explainerPipeline ??= { models: new Map(), loadSite }).models;

export function loadSite(): SiteModel {
  const dir = config.contentDir;
  const stamp = config.watchContent ? contentStamp(dir) : 'built once';
  if (cache.get(dir)?.stamp !== stamp) cache.set(dir, { stamp, site: buildModel(assertSound(loadContent(dir))) });
  return cache.get(dir)!.site;
}

/** Every content file's name, size and time of change: it differs as soon as one is edited, added or removed. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => {
      const { size, mtimeMs } = statSync(join(dir, f));
      return `${f}:${size}:${mtimeMs}`;
    })
    .join('|');
}
