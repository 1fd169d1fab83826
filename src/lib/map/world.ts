/**
 * The world's country outlines for the locator map: Natural Earth's 1:50m
 * admin-0 countries as TopoJSON, from the `world-atlas` npm package (public
 * domain data). Nothing is fetched.
 *
 * Read from the package when first asked for, not imported: bundled as a
 * module, its 740 KB were compiled on every build, even when the map came
 * from the cache and the atlas was not needed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { World } from './locator-map.ts';

const require = createRequire(import.meta.url);
const ATLAS = 'world-atlas/countries-50m.json';

let world: World | undefined;
export const loadWorld = (): World => (world ??= JSON.parse(readFileSync(require.resolve(ATLAS), 'utf8')) as World);

/** The atlas's package and version: a new world-atlas draws the map again. */
export const atlasVersion = `${ATLAS}@${(require('world-atlas/package.json') as { version: string }).version}`;
