/**
 * The pipeline, run once per build: load the content folder (./load), check it
 * (./check), build the model (./model), and hand the pages the model. Pages
 * and components call loadSite() as often as they like; under `astro dev` the
 * content is read again when a file in it changes, so a fix shows on reload.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { config } from './config';
import { loadContent } from './load/content';
import { assertSound } from './check';
import { buildModel, type SiteModel } from './model';

let cached: { stamp: string; site: SiteModel } | undefined;

export function loadSite(): SiteModel {
  const stamp = config.watchContent ? contentStamp(config.contentDir) : 'built once';
  if (cached?.stamp !== stamp) cached = { stamp, site: buildModel(assertSound(loadContent(config.contentDir))) };
  return cached.site;
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
