/**
 * The world's country outlines for the locator map: Natural Earth's 1:50m
 * admin-0 countries as TopoJSON, from the `world-atlas` npm package (public
 * domain data). Read once per build; nothing is fetched.
 */
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { GeometryCollection, Topology } from 'topojson-specification';

export const world = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
