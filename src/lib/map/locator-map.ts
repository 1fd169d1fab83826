/**
 * The locator map of where the freed prisoners went, worked out at build time
 * as plain SVG path strings and label positions. Pure: it takes the model's
 * countries and destinations (each report's figure, by the one rule of
 * src/lib/model/figures.ts) and a TopoJSON world (Natural Earth outlines from
 * the `world-atlas` package, see ./world.ts), and returns what to draw.
 *
 * What it draws, all from the content and the model:
 * - the outlines of every country in view (land and borders, in one path each),
 *   with the country that released the prisoners and the places they went
 *   filled apart;
 * - the cities in the countries' `map` data (map data, not a report's claim);
 * - one line from the releasing country to each country a report says
 *   prisoners were taken to, and a dashed line for onward travel (a figure
 *   marked `onward: true`), from the country whose first transfer the same
 *   report section gives;
 * - beside each destination, one short label: its name and the number of
 *   prisoners the reports give ("Ukraine 114"); whose number it is, the table
 *   under the map says. Labels are placed where they cover no other label,
 *   city or arrowhead, inside the middle square of the map, which is all a
 *   phone shows (the frame is wider than tall; a narrow screen crops its sides).
 *
 * A country is found in the atlas by its ISO code; codes with no outline
 * (the EU, ISO's user-assigned XA–XZ) are left out, and when the releasing
 * country or every destination has none, there is no map (undefined).
 */
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
// The entry without the names of countries in 80 languages, which the Node entry loads (15 ms): only codes are asked.
import isoCountries from 'i18n-iso-countries/index.js';
import type { Entry } from '../load/content.ts';
import type { Country, Source } from '../load/schemas.ts';
import type { Citation, SiteModel } from '../model/index.ts';
import { citedBy, type ReportFigure } from '../model/figures.ts';
import { citing, citingWords } from '../model/attribution.ts';

/* ------------------------------------------------------------- input */

/**
 * What the map is drawn from: the countries (their codes, roles and map data)
 * and the model's destinations, each report's figure by the one rule of
 * src/lib/model/figures.ts.
 */
export type MapInput = Pick<SiteModel, 'countries' | 'destinations'>;

/* ------------------------------------------------------------ output */

export type Anchor = 'start' | 'middle' | 'end';
/** A box in map units: left, top, width, height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
/** A placed label: its line of text starts at x, its top at y (a line is the font size × 1.25). */
export interface MapLabel {
  kind: 'destination' | 'country' | 'city';
  /** The country or city it names. */
  id: string;
  name: string;
  /** After the name, for a destination: its number, or "onward". */
  figure?: string;
  x: number;
  y: number;
}
/** One line of a destination's label: a report's first transfer there, or its onward travel. */
export interface MapFigure {
  country: string;
  countryName: string;
  report: string;
  outlet: string;
  kind: 'direct' | 'onward';
  /** The figure in words, e.g. "114", "a group to Vilnius", "onward". */
  words: string;
  /** Whom the outlet credits it to, as a table under the outlet's name says it: "citing Reuters", or empty. */
  citing: string;
  /** The figure with whose it is, e.g. "114, Al Jazeera, citing Reuters". */
  label: string;
  /** The sections this line comes from. */
  citations: Citation[];
}
export interface LocatorMap {
  width: number;
  height: number;
  /** All land in view, one path. */
  land: string;
  /** The borders between countries in view, one path. */
  borders: string;
  /** The releasing country and the destinations, filled apart. */
  highlighted: { id: string; kind: 'origin' | 'destination'; d: string }[];
  /** The cities of the map data, as dots (their names are among the labels). */
  cities: { name: string; x: number; y: number }[];
  routes: { from: string; to: string; kind: 'direct' | 'onward'; d: string; head: string }[];
  /** Every name on the map, placed where it covers no other label, dot or arrowhead. */
  labels: MapLabel[];
  /** The middle square a narrow screen shows: every label is inside it. */
  square: Box;
  /** Every figure the labels show, for the text version with sources. */
  figures: MapFigure[];
  /** Where the city coordinates come from, as the content names it. */
  citySources: string[];
}

/** The labels' size, in SVG units, that they are placed for: a phone's (LocatorMap.astro's --label-size). */
export const LABEL_SIZE = 15;

export interface MapOptions {
  /** Width of the viewBox, in SVG units. */
  width?: number;
  /** Height of the viewBox: the story's countries are fitted into a square this high in the middle. */
  height?: number;
  /** The distance, in SVG units, under which a point is dropped (coordinates snap to a grid of 1). */
  tolerance?: number;
  /** The largest font size the labels are shown at, in SVG units (a phone's), for placing them. */
  fontSize?: number;
  /** The site's language, for joining lists ("A and B"). */
  language?: string;
}

/* ------------------------------------------------------- path strings */

/**
 * A d3-geo path context that writes compact SVG path data: coordinates on a
 * grid of `step` units, relative moves after each ring's first point, points
 * closer than `step` to the last one dropped, and rings that shrink to
 * nothing left out. This is the simplification that keeps the map small.
 */
export class CompactPath {
  private out: string[] = [];
  private ring: [number, number][] = [];
  private step: number;
  private minDistance: number;
  constructor(step = 1, minDistance = step) {
    this.step = step;
    this.minDistance = minDistance;
  }
  private snap(v: number) {
    return Math.round(v / this.step) * this.step;
  }
  private num(v: number) {
    // At most one decimal; "-0" is "0".
    const s = String(Math.round(v * 10) / 10 || 0);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  }
  private pair(x: number, y: number) {
    const ys = this.num(y);
    return `${this.num(x)}${ys.startsWith('-') ? '' : ' '}${ys}`;
  }
  private flush(closed: boolean) {
    const pts = this.ring;
    this.ring = [];
    if (pts.length < (closed ? 3 : 2)) return;
    let d = `M${this.pair(...pts[0])}`;
    const deltas = pts.slice(1).map((p, i) => this.pair(p[0] - pts[i][0], p[1] - pts[i][1]));
    d += `l${deltas.map((p, i) => (i && !p.startsWith('-') ? ` ${p}` : p)).join('')}`;
    this.out.push(closed ? `${d}z` : d);
  }
  moveTo(x: number, y: number) {
    this.flush(false);
    this.ring = [[this.snap(x), this.snap(y)]];
  }
  lineTo(x: number, y: number) {
    const p: [number, number] = [this.snap(x), this.snap(y)];
    const last = this.ring.at(-1);
    if (last && Math.hypot(p[0] - last[0], p[1] - last[1]) < this.minDistance) return;
    this.ring.push(p);
  }
  closePath() {
    // The ring's last point may repeat its first: a closed ring needs it once.
    const [first, last] = [this.ring[0], this.ring.at(-1)];
    if (this.ring.length > 1 && first[0] === last![0] && first[1] === last![1]) this.ring.pop();
    this.flush(true);
  }
  arc() {}
  beginPath() {}
  result() {
    this.flush(false);
    const d = this.out.join('');
    this.out = [];
    return d;
  }
}

/* ------------------------------------------------------------- labels */

/** A report's first transfer to a country in words, without its outlet: "114", "a group to Vilnius". */
export function figureWords(f: Pick<ReportFigure, 'count' | 'cities'>): string {
  if (f.count !== undefined) return String(f.count);
  if (f.cities.length) return `a group to ${f.cities.join(' and ')}`;
  return 'no number';
}

/** The same with whose it is, credited as the figure is (src/lib/model/figures.ts), for the map in words: "114, Al Jazeera, citing Reuters". */
export const figureLabel = (f: Pick<ReportFigure, 'count' | 'cities' | 'credit'>) => `${figureWords(f)}, ${f.credit}`;

/**
 * What a destination's label says after its name: the numbers the reports
 * give for the prisoners taken there ("114", "37 or 40"), else "onward" where
 * the reports name it only as a place to go on to, else nothing.
 */
export function labelFigure(figures: MapFigure[], counts: (number | undefined)[], language = 'en'): string | undefined {
  const numbers = [...new Set(counts.filter((c) => c !== undefined))].sort((a, b) => a - b).map(String);
  if (numbers.length) return new Intl.ListFormat(language, { type: 'disjunction' }).format(numbers);
  return figures.every((f) => f.kind === 'onward') ? 'onward' : undefined;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/**
 * The label's box for each place tried around a point, nearest first: on the
 * point itself (for a country's name), then beside, above and below it, then
 * at the corners, a little further out each round.
 */
function candidates([px, py]: [number, number], w: number, h: number, centred: boolean): Box[] {
  const boxes: Box[] = centred ? [{ x: px - w / 2, y: py - h / 2, w, h }] : [];
  for (const d of [5, 12, 22, 34]) {
    boxes.push(
      { x: px + d, y: py - h / 2, w, h },
      { x: px - d - w, y: py - h / 2, w, h },
      { x: px - w / 2, y: py - d - h, w, h },
      { x: px - w / 2, y: py + d, w, h },
      { x: px + d, y: py - d - h, w, h },
      { x: px - d - w, y: py - d - h, w, h },
      { x: px + d, y: py + d, w, h },
      { x: px - d - w, y: py + d, w, h },
    );
  }
  return boxes;
}

/* --------------------------------------------------------------- model */

const numericCode = (alpha2: string) => isoCountries.alpha2ToNumeric(alpha2);
const sameSection = (a: Source, b: Source) => a.report === b.report && a.section === b.section;

/**
 * A report's figure for a country as the map's lines: its first transfer
 * there, unless the report names the country only as a place to go on to,
 * and its onward travel there, where it names that. Both from the model's one
 * rule; this only splits its citations between the two lines.
 */
export function mapFigures(input: MapInput): MapFigure[] {
  return input.destinations.flatMap(({ country, figures }) =>
    figures.flatMap((f): MapFigure[] => {
      const line = { country: country.id, countryName: country.data.name, report: f.report, outlet: f.outlet };
      const firstTransfer = f.citations.filter((c) => !f.onwardCitations.some((o) => sameSection(o, c)));
      const onwardCited = citedBy(f.onwardCitations);
      return [
        ...(f.onward ? [] : [{ ...line, kind: 'direct' as const, words: figureWords(f), citing: citingWords(f.cited), label: figureLabel(f), citations: firstTransfer }]),
        ...(f.onwardCitations.length
          ? [{ ...line, kind: 'onward' as const, words: 'onward', citing: citingWords(onwardCited), label: `onward, ${citing(f.outlet, onwardCited)}`, citations: f.onwardCitations }]
          : []),
      ];
    }),
  );
}

export type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function locatorMap(input: MapInput, world: World, options: MapOptions = {}): LocatorMap | undefined {
  const { width = 640, height = 400, tolerance = 3, fontSize = LABEL_SIZE, language = 'en' } = options;
  const geometries = new Map(
    world.objects.countries.geometries.filter((g) => g.id !== undefined).map((g) => [String(g.id), g]),
  );
  const geometryOf = (c: Entry<Country>) => {
    const code = numericCode(c.data.code);
    return code ? geometries.get(code) : undefined;
  };
  const shapeOf = (c: Entry<Country>) => {
    const g = geometryOf(c);
    return g ? (feature(world, g) as Feature<Geometry>) : undefined;
  };

  const origin = input.countries.find((c) => c.data.roles.some((r) => r.role === 'released-prisoners') && geometryOf(c));
  const figures = mapFigures(input).filter((f) => geometryOf(input.countries.find((c) => c.id === f.country)!));
  const destinations = input.countries.filter((c) => c !== origin && figures.some((f) => f.country === c.id));
  if (!origin || !destinations.length) return undefined;

  // The releasing country and the destinations fill the middle square, with room
  // round them for labels; the land on either side is context a wide screen shows.
  const focus: FeatureCollection = {
    type: 'FeatureCollection',
    features: [origin, ...destinations].map((c) => shapeOf(c)!),
  };
  const [lon, lat] = geoCentroid(focus);
  const square: Box = { x: (width - height) / 2, y: 0, w: height, h: height };
  const ROOM = fontSize * 2.5;
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitExtent(
      [
        [square.x + ROOM, ROOM],
        [square.x + square.w - ROOM, height - ROOM],
      ],
      focus,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const point = (c: Entry<Country>): [number, number] => {
    const p = geoPath(projection).centroid(shapeOf(c)!);
    return [Math.round(p[0]), Math.round(p[1])];
  };

  const context = new CompactPath(1, tolerance);
  const path = geoPath(projection, context);
  const draw = (o: GeoPermissibleObjects) => {
    path(o);
    return context.result();
  };

  const inView = countriesInView(world, projection, width, height);
  const shown = { ...world.objects.countries, geometries: inView.geometries };
  // d3 clips every ring at the point opposite the map's centre, where this projection tears the sphere; with no
  // country drawn reaching that point there is nothing to cut, and that clipping was a quarter of the map's cost.
  // The frame's rectangle still clips.
  if (!inView.reachAntipode) projection.preclip((stream) => stream);
  const land = draw(merge(world, shown.geometries as Parameters<typeof merge>[1]));
  const borders = draw(mesh(world, shown, (a, b) => a !== b));
  const highlighted = [
    { id: origin.id, kind: 'origin' as const, d: draw(shapeOf(origin)!) },
    ...destinations.map((c) => ({ id: c.id, kind: 'destination' as const, d: draw(shapeOf(c)!) })),
  ];

  // Routes: from the releasing country to each destination; onward ones from
  // the country whose first transfer, by the same report, cites the same section.
  const pointOf = new Map(input.countries.filter(geometryOf).map((c) => [c.id, point(c)]));
  const routeKeys = new Map<string, { from: string; to: string; kind: 'direct' | 'onward' }>();
  for (const f of figures) {
    let from = origin.id;
    if (f.kind === 'onward') {
      const stop = figures.find(
        (d) =>
          d.kind === 'direct' &&
          d.country !== f.country &&
          d.report === f.report &&
          d.citations.some((c) => f.citations.some((o) => sameSection(o, c))),
      );
      if (stop) from = stop.country;
    }
    routeKeys.set(`${from}>${f.country}>${f.kind}`, { from, to: f.country, kind: f.kind });
  }
  const routes = [...routeKeys.values()].map((r) => ({ ...r, ...curve(pointOf.get(r.from)!, pointOf.get(r.to)!, r.kind) }));

  const cities = input.countries.flatMap((c) =>
    (c.data.map?.cities ?? []).flatMap((city) => {
      const p = projection([city.lon, city.lat]);
      if (!p || !inside({ x: p[0], y: p[1], w: 0, h: 0 }, square)) return [];
      return [{ name: city.name, x: Math.round(p[0]), y: Math.round(p[1]) }];
    }),
  );

  // Labels, most important first, each at the first place around its point that
  // covers nothing placed before it, no city dot and no arrowhead. The boxes are
  // estimated from the number of characters (bold names, the widest font likely),
  // with a margin; a label with no room is left out, the table under the map has it.
  const H = fontSize * 1.25;
  const widthOf = (text: string, factor: number) => text.length * fontSize * factor + 4;
  const taken: Box[] = [
    ...routes.map((r) => headBox(r.head)),
    ...cities.map((c) => ({ x: c.x - 4, y: c.y - 4, w: 8, h: 8 })),
  ];
  const place = (at: [number, number], w: number, centred: boolean) => {
    const box = candidates(at, w, H, centred).find((b) => inside(b, square) && !taken.some((t) => overlaps(b, t)));
    if (box) taken.push(box);
    return box;
  };
  const labels: MapLabel[] = [];
  const add = (label: Omit<MapLabel, 'x' | 'y'>, box: Box | undefined) => {
    // The text starts 2 units in from the box's left edge (widthOf's margin), its line at the box's top.
    if (box) labels.push({ ...label, x: Math.round(box.x + 2), y: Math.round(box.y) });
  };
  const countsOf = (c: Entry<Country>) =>
    input.destinations.find((d) => d.country.id === c.id)?.figures.filter((f) => !f.onward).map((f) => f.count) ?? [];
  const largest = (c: Entry<Country>) => Math.max(0, ...countsOf(c).map((n) => n ?? 0));
  const originName = origin.data.name.toUpperCase();
  add({ kind: 'country', id: origin.id, name: originName }, place(pointOf.get(origin.id)!, widthOf(originName, 0.72), true));
  for (const c of [...destinations].sort((a, b) => largest(b) - largest(a))) {
    const figure = labelFigure(figures.filter((f) => f.country === c.id), countsOf(c), language);
    const text = figure ? `${c.data.name} ${figure}` : c.data.name;
    add({ kind: 'destination', id: c.id, name: c.data.name, figure }, place(pointOf.get(c.id)!, widthOf(text, 0.66), true));
  }
  for (const city of cities) add({ kind: 'city', id: city.name, name: city.name }, place([city.x, city.y], widthOf(city.name, 0.6), false));
  // Other countries of the story in view (a neighbour the reports name), where there is room.
  for (const c of input.countries.filter((c) => c !== origin && !destinations.includes(c) && pointOf.has(c.id))) {
    const name = c.data.name.toUpperCase();
    add({ kind: 'country', id: c.id, name }, place(pointOf.get(c.id)!, widthOf(name, 0.72), true));
  }

  const citySources = [...new Set(input.countries.flatMap((c) => (c.data.map ? [c.data.map.source] : [])))];
  return { width, height, land, borders, highlighted, cities, routes, labels, square, figures, citySources };
}

type Bounds = [west: number, south: number, east: number, north: number];

/**
 * Which of the atlas's countries to draw: those whose box in longitude and
 * latitude meets the frame's, widened by ten degrees; the rest of the world
 * would be projected only to be clipped away, which was most of the map's
 * cost (about a fifth of a second of a cold build). Where the frame's box is
 * not a plain one (it crosses the antimeridian or nears a pole), every
 * country is drawn. `reachAntipode`: whether any of them may reach within a
 * degree of the point opposite the projection's centre (judged by its box,
 * which spans every longitude for a country across the antimeridian).
 */
export function countriesInView(world: World, projection: GeoProjection, width: number, height: number) {
  const MARGIN = 10;
  const all = world.objects.countries.geometries;
  const edge = Array.from({ length: 11 }, (_, i) => i / 10).flatMap((t): [number, number][] => [
    [t * width, 0],
    [t * width, height],
    [0, t * height],
    [width, t * height],
  ]);
  const places = edge.map((p) => projection.invert!(p));
  const lons = places.map((c) => c?.[0] ?? NaN);
  const lats = places.map((c) => c?.[1] ?? NaN);
  const frame: Bounds = [Math.min(...lons) - MARGIN, Math.min(...lats) - MARGIN, Math.max(...lons) + MARGIN, Math.max(...lats) + MARGIN];
  if (frame.some(Number.isNaN) || frame[2] - frame[0] > 180 || frame[1] < -80 || frame[3] > 80) return { geometries: all, reachAntipode: true };
  const arcs = arcBounds(world);
  const boxOf = (g: GeometryObject): Bounds | undefined => {
    if (!('arcs' in g)) return undefined;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of (g.arcs as unknown[]).flat(2) as number[]) {
      const arc = arcs[i < 0 ? ~i : i];
      west = Math.min(west, arc[0]);
      south = Math.min(south, arc[1]);
      east = Math.max(east, arc[2]);
      north = Math.max(north, arc[3]);
    }
    return [west, south, east, north];
  };
  const meets = (a: Bounds, b: Bounds) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
  // The projection is rotated by minus its centre, so the point opposite is the rotation's longitude turned half way.
  const [lambda, phi] = projection.rotate();
  const antipode: [number, number] = [(((180 - lambda) % 360) + 540) % 360 - 180, phi];
  // A degree round it, and the same a turn either way, for a country just across the antimeridian from it.
  const nearAntipode = [-360, 0, 360].map((turn): Bounds => [antipode[0] + turn - 1, antipode[1] - 1, antipode[0] + turn + 1, antipode[1] + 1]);
  const shown = all.map((g) => ({ g, box: boxOf(g) })).filter(({ box }) => !box || meets(box, frame));
  return {
    geometries: shown.map(({ g }) => g),
    reachAntipode: shown.some(({ box }) => !box || nearAntipode.some((near) => meets(box, near))),
  };
}

/** Each arc's box in longitude and latitude, from the atlas's points (delta-encoded when the atlas is quantised). */
function arcBounds(world: World): Bounds[] {
  const [sx, sy] = world.transform?.scale ?? [1, 1];
  const [tx, ty] = world.transform?.translate ?? [0, 0];
  const delta = world.transform !== undefined;
  // Plain numbers, not arrays, per point: the atlas has some 100,000 of them.
  return world.arcs.map((arc) => {
    let [x, y, west, south, east, north] = [0, 0, Infinity, Infinity, -Infinity, -Infinity];
    for (const [px, py] of arc) {
      x = delta ? x + px : px;
      y = delta ? y + py : py;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    return [west * sx + tx, south * sy + ty, east * sx + tx, north * sy + ty];
  });
}

/** The box round an arrowhead path "Mx yLx yLx yz", with a margin. */
function headBox(head: string): Box {
  const n = head.match(/-?[\d.]+/g)!.map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  const [x, y] = [Math.min(...xs) - 2, Math.min(...ys) - 2];
  return { x, y, w: Math.max(...xs) + 2 - x, h: Math.max(...ys) + 2 - y };
}

/**
 * A gently bowed line from one point to another, stopping short of its end,
 * and an arrowhead there; onward routes bow the other way.
 */
function curve(from: [number, number], to: [number, number], kind: 'direct' | 'onward') {
  const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
  const length = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / length, dy / length];
  const bow = (kind === 'direct' ? 0.12 : -0.12) * length;
  const control: [number, number] = [(from[0] + to[0]) / 2 - uy * bow, (from[1] + to[1]) / 2 + ux * bow];
  // The arrow's tip stops a little before the point, and points along the curve's last tangent.
  const [tx, ty] = [to[0] - control[0], to[1] - control[1]];
  const tl = Math.hypot(tx, ty) || 1;
  const [vx, vy] = [tx / tl, ty / tl];
  const tip: [number, number] = [to[0] - vx * 4, to[1] - vy * 4];
  const r = (n: number) => Math.round(n * 10) / 10;
  const d = `M${r(from[0])} ${r(from[1])}Q${r(control[0])} ${r(control[1])} ${r(tip[0] - vx * 6)} ${r(tip[1] - vy * 6)}`;
  const base: [number, number] = [tip[0] - vx * 8, tip[1] - vy * 8];
  const head = `M${r(tip[0])} ${r(tip[1])}L${r(base[0] - vy * 4)} ${r(base[1] + vx * 4)}L${r(base[0] + vy * 4)} ${r(base[1] - vx * 4)}z`;
  return { d, head };
}

/** The map in a few sentences, for readers who cannot see it. */
export function describeMap(map: LocatorMap, originName: string, language = 'en'): string {
  const names = new Map(map.figures.map((f) => [f.country, f.countryName]));
  const list = (ids: string[]) =>
    new Intl.ListFormat(language, { type: 'conjunction' }).format(ids.map((id) => names.get(id) ?? id));
  const direct = map.routes.filter((r) => r.kind === 'direct').map((r) => r.to);
  const onward = map.routes.filter((r) => r.kind === 'onward');
  const byCountry = [...names].map(([id, name]) => {
    const labels = map.figures.filter((f) => f.country === id).map((f) => f.label);
    return `${name}: ${labels.join('; ')}.`;
  });
  return [
    `A map of ${originName} and its neighbours, with ${map.cities.map((c) => c.name).join(', ') || 'no cities'} marked.`,
    direct.length ? `Solid lines run from ${originName} to ${list(direct)}.` : '',
    ...[...new Set(onward.map((r) => r.from))].map(
      (from) => `Dashed lines show onward travel from ${names.get(from) ?? from} to ${list(onward.filter((r) => r.from === from).map((r) => r.to))}.`,
    ),
    ...byCountry,
  ]
    .filter(Boolean)
    .join(' ');
}
