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
 * One model per content folder for the whole process. A build loads this file
 * more than once (Astro's config and content collection, the integrations and
 * the pages are bundled apart), so a module-level cache would read the content
 * once per bundle: the cache lives on globalThis instead.
 */
const cache = ((globalThis as { explainerSiteModels?: Map<string, { stamp: string; site: SiteModel }> }).explainerSiteModels ??= new Map());

export function loadSite(): SiteModel {
  const dir = config.contentDir;
  const stamp = config.watchContent ? contentStamp(dir) : 'built once';
  if (cache.get(dir)?.stamp !== stamp) cache.set(dir, { stamp, site: buildModel(assertSound(loadContent(dir))) });
  return cache.get(dir)!.site;
}

/**
 * The first copy of this module a build loads (astro.config.mjs's, which Node
 * loads itself) offers loadSite on globalThis: the content collection
 * (src/content.config.ts) takes it from there, rather than have Vite
 * transform and run the whole pipeline's code a second time.
 */
(globalThis as { explainerLoadSite?: typeof loadSite }).explainerLoadSite ??= loadSite;

/** Every content file's name, size and time of change: it differs as soon as one is edited, added or removed. */
function contentStamp(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => {
      const { size, mtimeMs } = statSync(join(dir, f));
      return `${f}:${size}:${mtimeMs}`;
    })
    .join('|');
}
