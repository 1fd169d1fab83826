/**
 * The locator map for the site: ./locator-map.ts run on the model, with the
 * map in words for its description. Undefined when the content has no
 * country with an outline (the second event's XA–XZ places), and the pages
 * then leave the map out.
 *
 * Projecting and simplifying the world's outlines is the costliest page of a
 * cold build (about 80 ms on a two-core machine, reading the atlas included),
 * and it depends only on the countries' data, the destinations' figures, the
 * atlas and the code that draws them: the result is kept in the build cache
 * (node_modules/.cache/locator-map/) under a hash of them, and worked out
 * again only when one of them changes.
 */
import { createHash } from 'node:crypto';
import type { SiteModel } from '../model/index.ts';
import { FileCache, cachedJson } from '../cache.ts';
import { locatorMap, describeMap, type LocatorMap } from './locator-map.ts';
import { atlasVersion, loadWorld } from './world.ts';
// The drawing code is part of the key: a change to it draws the map again.
import drawingCode from './locator-map.ts?raw';

export interface SiteMap {
  map: LocatorMap;
  description: string;
}

const perModel = new WeakMap<SiteModel, SiteMap | undefined>();

export function siteMap(site: SiteModel): SiteMap | undefined {
  if (perModel.has(site)) return perModel.get(site);
  const language = site.text.language;
  const input = { countries: site.countries.map(({ id, data }) => ({ id, data })), destinations: site.destinations, language };
  const key = createHash('sha256')
    .update(drawingCode)
    .update(JSON.stringify({ input, atlas: atlasVersion }))
    .digest('hex')
    .slice(0, 24);
  const map = cachedJson(new FileCache('locator-map'), key, () => locatorMap(site, loadWorld(), { language }));
  const origin = map && site.get('countries', map.highlighted[0].id).data.name;
  const result = map && { map, description: describeMap(map, origin!, language) };
  perModel.set(site, result);
  return result;
}
