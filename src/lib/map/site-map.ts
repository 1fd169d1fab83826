/**
 * The locator map for the site: ./locator-map.ts run on the model, with the
 * map in words for its description. Worked out once per build (the home page
 * and /countries/ both show it); undefined when the content has no country
 * with an outline (the second event's XA–XZ places), and the pages then
 * leave the map out.
 */
import type { SiteModel } from '../model';
import { locatorMap, describeMap, type LocatorMap } from './locator-map';
import { world } from './world';

export interface SiteMap {
  map: LocatorMap;
  description: string;
}

const cache = new WeakMap<SiteModel, SiteMap | undefined>();

export function siteMap(site: SiteModel): SiteMap | undefined {
  if (cache.has(site)) return cache.get(site);
  const language = site.text.language;
  const map = locatorMap(site, world, { language });
  const origin = map && site.get('countries', map.highlighted[0].id).data.name;
  const result = map && { map, description: describeMap(map, origin!, language) };
  cache.set(site, result);
  return result;
}
