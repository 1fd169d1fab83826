import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  CompactPath,
  countriesInView,
  describeMap,
  figureLabel,
  labelFigure,
  locatorMap,
  mapFigures,
  type Box,
  type MapInput,
  type World,
} from '../../src/lib/map/locator-map.ts';
import { geoAzimuthalEqualArea } from 'd3-geo';
import { loadWorld } from '../../src/lib/map/world.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const world = loadWorld();

const content = loadContent(CONTENT);
const real: MapInput = buildModel(content);

describe('CompactPath', () => {
  it('writes whole units, relative after the first point, and drops points too close to the last', () => {
    const p = new CompactPath(1, 2);
    p.moveTo(10.4, 20.6);
    p.lineTo(10.9, 20.9); // under 2 units away: dropped
    p.lineTo(15, 18);
    p.lineTo(15, 25);
    p.closePath();
    expect(p.result()).toBe('M10 21l5-3 0 7z');
  });

  it('leaves out a ring that shrinks to fewer than three points, and a line to fewer than two', () => {
    const p = new CompactPath(1, 2);
    p.moveTo(0, 0);
    p.lineTo(0.5, 0.5);
    p.lineTo(1, 0);
    p.closePath();
    p.moveTo(5, 5);
    p.lineTo(5.2, 5.1);
    expect(p.result()).toBe('');
  });
});

describe('labels', () => {
  it('says the figure, then whose it is as the figure is credited, for the map in words', () => {
    expect(figureLabel({ count: 114, cities: [], credit: 'Al Jazeera, citing Reuters' })).toBe('114, Al Jazeera, citing Reuters');
    expect(figureLabel({ cities: ['Vilnius'], credit: 'Washington Insider' })).toBe('a group to Vilnius, Washington Insider');
    expect(figureLabel({ cities: [], credit: 'X' })).toBe('no number, X');
  });

  it("gives a destination's numbers after its name, every different one, else 'onward' where that is all", () => {
    const direct = { kind: 'direct' } as Parameters<typeof labelFigure>[0][number];
    const onward = { kind: 'onward' } as Parameters<typeof labelFigure>[0][number];
    expect(labelFigure([direct, direct], [114, undefined])).toBe('114');
    expect(labelFigure([direct, direct], [40, 37])).toBe('37 or 40');
    expect(labelFigure([onward, onward], [])).toBe('onward');
    expect(labelFigure([direct], [undefined])).toBeUndefined();
  });
});

describe('mapFigures', () => {
  const figures = mapFigures(real);

  it("shows the model's figure for each report and country: its number, else its cities", () => {
    for (const { country, figures: reportFigures } of real.destinations) {
      for (const f of reportFigures) {
        const direct = figures.find((m) => m.country === country.id && m.report === f.report && m.kind === 'direct');
        expect(direct === undefined, `${country.id}, ${f.report}`).toBe(f.onward);
        if (direct) expect(direct.label).toBe(figureLabel(f));
        if (f.count !== undefined) expect(direct!.label).toContain(String(f.count));
      }
    }
  });

  it('draws onward travel apart wherever a report names the country as a place to go on to', () => {
    for (const { country, figures: reportFigures } of real.destinations) {
      for (const f of reportFigures) {
        const onward = figures.find((m) => m.country === country.id && m.report === f.report && m.kind === 'onward');
        expect(onward?.citations, `${country.id}, ${f.report}`).toEqual(f.onwardCitations.length ? f.onwardCitations : undefined);
      }
    }
    const onwardOnly = real.destinations.filter((d) => d.figures.every((f) => f.onward));
    expect(onwardOnly.length).toBeGreaterThan(0);
    for (const d of onwardOnly) expect(figures.filter((f) => f.country === d.country.id).every((f) => f.kind === 'onward')).toBe(true);
  });

  it('cites every section of every figure, each on one line only', () => {
    for (const { country, figures: reportFigures } of real.destinations) {
      for (const f of reportFigures) {
        const cited = figures.filter((m) => m.country === country.id && m.report === f.report).flatMap((m) => m.citations);
        expect(cited.map((c) => c.href).sort()).toEqual(f.citations.map((c) => c.href).sort());
      }
    }
  });
});

describe('locatorMap', () => {
  const map = locatorMap(real, world)!;

  it('draws a route from the releasing country to each destination, and onward travel apart', () => {
    const origin = content.countries.find((c) => c.data.roles.some((r) => r.role === 'released-prisoners'))!.id;
    const direct = map.routes.filter((r) => r.kind === 'direct');
    expect(direct.every((r) => r.from === origin)).toBe(true);
    const firstStops = new Set(map.figures.filter((f) => f.kind === 'direct').map((f) => f.country));
    expect(new Set(direct.map((r) => r.to))).toEqual(firstStops);
    const onward = map.routes.filter((r) => r.kind === 'onward');
    expect(onward.length).toBeGreaterThan(0);
    expect(new Set(onward.map((r) => r.to))).toEqual(new Set(map.figures.filter((f) => f.kind === 'onward').map((f) => f.country)));
    // Onward travel starts where the same report section says the prisoners went first.
    for (const r of onward) expect(firstStops.has(r.from)).toBe(true);
    for (const r of map.routes) expect(r.d).toMatch(/^M[\d.]+ [\d.]+Q/);
  });

  it('labels each destination and city, inside the middle square, and no estimated box covers another or an arrowhead', () => {
    for (const d of real.destinations) expect(map.labels.some((l) => l.kind === 'destination' && l.id === d.country.id), d.country.id).toBe(true);
    for (const c of map.cities) expect(map.labels.some((l) => l.kind === 'city' && l.name === c.name), c.name).toBe(true);
    // The boxes as placed: from the start of the text, a line of 15 units high.
    const box = (l: (typeof map.labels)[number]): Box => ({ x: l.x - 2, y: l.y, w: 1, h: 15 * 1.25 });
    for (const l of map.labels) {
      const b = box(l);
      expect(b.x, l.name).toBeGreaterThanOrEqual(map.square.x - 0.5);
      expect(b.y, l.name).toBeGreaterThanOrEqual(-0.5);
      expect(b.y + b.h, l.name).toBeLessThanOrEqual(map.height + 0.5);
    }
  });

  it('marks the cities of the map data, inside the map, and names where their coordinates come from', () => {
    const cities = content.countries.flatMap((c) => c.data.map?.cities ?? []).map((c) => c.name);
    expect(map.cities.map((c) => c.name).sort()).toEqual(cities.sort());
    for (const c of map.cities) {
      expect(c.x).toBeGreaterThan(0);
      expect(c.x).toBeLessThan(map.width);
      expect(c.y).toBeGreaterThan(0);
      expect(c.y).toBeLessThan(map.height);
    }
    expect(map.citySources.length).toBeGreaterThan(0);
  });

  it('keeps the outlines small: under 3.2 KB gzip', () => {
    const geometry = map.land + map.borders + map.highlighted.map((h) => h.d).join('');
    expect(gzipSync(geometry, { level: 9 }).length).toBeLessThan(3200);
  });

  it('is described in words, every figure included', () => {
    const text = describeMap(map, 'Belarus');
    for (const f of map.figures) expect(text).toContain(f.label);
  });

  it('is left out when no country has an outline (the second event, with ISO user-assigned codes)', () => {
    const second = buildModel(loadContent(join(ROOT, 'tests/fixtures/event')));
    expect(second.countries.every((c) => /^X[A-Z]$/.test(c.data.code) || c.data.code === 'EU')).toBe(true);
    expect(second.destinations.length).toBeGreaterThan(0);
    expect(locatorMap(second, world)).toBeUndefined();
  });

  it('follows the data: a changed figure changes its label', () => {
    const changed = structuredClone(content);
    const ukraine = changed.countries.find((c) => c.id === 'ukraine')!;
    const [first] = ukraine.data.destination!;
    ukraine.data.destination = [{ ...first, count: 100 }];
    const label = locatorMap(buildModel(changed), world)!.labels.find((l) => l.id === 'ukraine')!;
    expect(label.figure).toBe('100');
  });
});

describe('countriesInView', () => {
  // A map centred on 0°, 0°, about sixty degrees across each way: a country there, one far off, and a band round
  // the equator on the far side, across the antimeridian, that reaches the point opposite the centre (180°, 0°).
  const square = (west: number, south: number, east: number, north: number) => [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ];
  const atlas = (far: boolean): World => ({
    type: 'Topology',
    arcs: [square(-5, -5, 5, 5), square(90, 60, 100, 70), square(170, -5, 180, 5), square(-180, -5, -170, 5)],
    objects: {
      countries: {
        type: 'GeometryCollection',
        geometries: [
          { type: 'Polygon', id: 'here', arcs: [[0]], properties: { name: 'here' } },
          { type: 'Polygon', id: 'far-off', arcs: [[1]], properties: { name: 'far-off' } },
          ...(far ? [{ type: 'MultiPolygon' as const, id: 'far-side', arcs: [[[2]], [[3]]], properties: { name: 'far-side' } }] : []),
        ],
      },
    },
  });
  const projection = () => geoAzimuthalEqualArea().scale(300).translate([320, 200]);

  it('draws the countries near the frame and none far from it', () => {
    const ids = (w: World) => countriesInView(w, projection(), 640, 400).geometries.map((g) => g.id);
    expect(ids(atlas(false))).toEqual(['here']);
    // The band's box spans every longitude, so it meets the frame's.
    expect(ids(atlas(true))).toEqual(['here', 'far-side']);
  });

  it('says whether a country drawn may reach the point opposite the centre, where the sphere must be clipped', () => {
    expect(countriesInView(atlas(false), projection(), 640, 400).reachAntipode).toBe(false);
    expect(countriesInView(atlas(true), projection(), 640, 400).reachAntipode).toBe(true);
  });

  it("finds this story's map clear of it (centred near Minsk: the opposite point is in the South Pacific)", () => {
    const focus = geoAzimuthalEqualArea().rotate([-28, -53]).scale(1500).translate([320, 200]);
    expect(countriesInView(world, focus, 640, 400).reachAntipode).toBe(false);
  });
});
