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
 * - beside each destination, one line per report: "114, Al Jazeera".
 *
 * A country is found in the atlas by its ISO code; codes with no outline
 * (the EU, ISO's user-assigned XA–XZ) are left out, and when the releasing
 * country or every destination has none, there is no map (undefined).
 */
import { geoAzimuthalEqualArea, geoCentroid, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import isoCountries from 'i18n-iso-countries';
import type { Entry } from '../load/content';
import type { Country, Source } from '../load/schemas';
import type { Citation, SiteModel } from '../model';
import type { ReportFigure } from '../model/figures';

/* ------------------------------------------------------------- input */

/**
 * What the map is drawn from: the countries (their codes, roles and map data)
 * and the model's destinations, each report's figure by the one rule of
 * src/lib/model/figures.ts.
 */
export type MapInput = Pick<SiteModel, 'countries' | 'destinations'>;

/* ------------------------------------------------------------ output */

export type Anchor = 'start' | 'middle' | 'end';
export interface MapLabelLine {
  text: string;
  /** The country's name heads a block; the figures follow. */
  kind: 'name' | 'figure';
}
/** One line of a destination's label: a report's first transfer there, or its onward travel. */
export interface MapFigure {
  country: string;
  countryName: string;
  report: string;
  outlet: string;
  kind: 'direct' | 'onward';
  /** What the map's label says, e.g. "114, Al Jazeera". */
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
  /** Countries of the story that are in view but have no label block (the releasing country, neighbours named). */
  countryLabels: { id: string; name: string; x: number; y: number }[];
  cities: { name: string; x: number; y: number; anchor: Anchor }[];
  routes: { from: string; to: string; kind: 'direct' | 'onward'; d: string; head: string }[];
  /** Beside each destination: its name, then one line per report figure. */
  blocks: { country: string; x: number; y: number; anchor: Anchor; lines: MapLabelLine[] }[];
  /** Every figure the labels show, for the text version with sources. */
  figures: MapFigure[];
  /** Where the city coordinates come from, as the content names it. */
  citySources: string[];
}

export interface MapOptions {
  /** Width of the viewBox, in SVG units; the height follows from the geography. */
  width?: number;
  /** The distance, in SVG units, under which a point is dropped (coordinates snap to a grid of 1). */
  tolerance?: number;
  /** Font size of the labels, in SVG units (for wrapping and placement). */
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

/**
 * Splits a label into lines of at most `max` characters, at spaces, as few
 * lines as that allows and as even as they can be (no lone last word).
 */
export function wrap(text: string, max: number): string[] {
  const greedy = (limit: number) => {
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines.at(-1);
      if (last !== undefined && last.length + 1 + word.length <= limit) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
    }
    return lines;
  };
  const count = greedy(max).length;
  let limit = max;
  while (limit > 1 && greedy(limit - 1).length === count) limit--;
  return greedy(limit);
}

/** The label of a report's first transfer to a country: "114, Al Jazeera". */
export function figureLabel(f: Pick<ReportFigure, 'count' | 'cities' | 'outlet'>): string {
  if (f.count !== undefined) return `${f.count}, ${f.outlet}`;
  if (f.cities.length) return `a group to ${f.cities.join(' and ')}, ${f.outlet}`;
  return `no number, ${f.outlet}`;
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
      return [
        ...(f.onward ? [] : [{ ...line, kind: 'direct' as const, label: figureLabel(f), citations: firstTransfer }]),
        ...(f.onwardCitations.length
          ? [{ ...line, kind: 'onward' as const, label: `onward, ${f.outlet}`, citations: f.onwardCitations }]
          : []),
      ];
    }),
  );
}

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

export function locatorMap(input: MapInput, world: World, options: MapOptions = {}): LocatorMap | undefined {
  const { width = 360, tolerance = 2, fontSize = 14, language = 'en' } = options;
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

  // Fit the releasing country and the destinations to the width, centred on them.
  const focus: FeatureCollection = {
    type: 'FeatureCollection',
    features: [origin, ...destinations].map((c) => shapeOf(c)!),
  };
  const [lon, lat] = geoCentroid(focus);
  const MARGIN = fontSize * 0.75;
  const LINE = fontSize * 1.2;
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .fitWidth(width - 2 * MARGIN, focus);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(focus);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MARGIN - x0, ty + MARGIN - y0]);
  const planarCentre = (c: Entry<Country>): [number, number] => {
    const p = geoPath(projection).centroid(shapeOf(c)!);
    return [Math.round(p[0]), Math.round(p[1])];
  };

  // Each destination's label block: its name, then its figures; a report's
  // onward figures that read alike share one line ("onward, A and B").
  const MAX_CHARS = Math.floor((width * 0.66) / (fontSize * 0.55));
  const and = new Intl.ListFormat(language, { type: 'conjunction' });
  const blockLines = (c: Entry<Country>): MapLabelLine[] => {
    const mine = figures.filter((f) => f.country === c.id);
    const direct = mine.filter((f) => f.kind === 'direct').map((f) => f.label);
    const onward = mine.filter((f) => f.kind === 'onward').map((f) => f.outlet);
    const texts = [...direct, ...(onward.length ? [`onward, ${and.format(onward)}`] : [])];
    return [
      { text: c.data.name, kind: 'name' },
      ...texts.flatMap((t) => wrap(t, MAX_CHARS).map((text) => ({ text, kind: 'figure' as const }))),
    ];
  };
  // A block sits under its country's point, or over it where the route runs north.
  const start0 = planarCentre(origin);
  const layout = destinations.map((c) => {
    const lines = blockLines(c);
    const [px, py] = planarCentre(c);
    const dy = py - start0[1];
    const above = dy < 0;
    const blockHeight = lines.length * LINE;
    const top = above ? py - fontSize * 0.6 - blockHeight : py + fontSize * 0.6;
    return { c, lines, px, top, blockHeight };
  });
  // Room above and below the outlines for blocks that would stick out.
  const extraTop = Math.max(0, ...layout.map((l) => MARGIN / 2 - l.top));
  const extraBottom = Math.max(0, ...layout.map((l) => l.top + l.blockHeight - (y1 - y0 + MARGIN * 1.5)));
  projection.translate([projection.translate()[0], projection.translate()[1] + extraTop]);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN + extraTop + extraBottom);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);

  const context = new CompactPath(1, tolerance);
  const path = geoPath(projection, context);
  const draw = (o: GeoPermissibleObjects) => {
    path(o);
    return context.result();
  };
  const centre = planarCentre;
  const inView = ([x, y]: [number, number]) => x > MARGIN && x < width - MARGIN && y > MARGIN && y < height - MARGIN;

  const all = world.objects.countries;
  const land = draw(merge(world, all.geometries as Parameters<typeof merge>[1]));
  const borders = draw(mesh(world, all, (a, b) => a !== b));
  const highlighted = [
    { id: origin.id, kind: 'origin' as const, d: draw(shapeOf(origin)!) },
    ...destinations.map((c) => ({ id: c.id, kind: 'destination' as const, d: draw(shapeOf(c)!) })),
  ];

  // Routes: from the releasing country to each destination; onward ones from
  // the country whose first transfer, by the same report, cites the same section.
  const pointOf = new Map(input.countries.filter(geometryOf).map((c) => [c.id, centre(c)]));
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

  const blocks = layout.map(({ c, lines, px, top }) => {
    const blockWidth = Math.max(...lines.map((l) => l.text.length)) * fontSize * 0.55;
    // Kept inside the map, side to side.
    const x = Math.min(Math.max(px, MARGIN + blockWidth / 2), width - MARGIN - blockWidth / 2);
    return { country: c.id, x: Math.round(x), y: Math.round(top + extraTop + fontSize), anchor: 'middle' as Anchor, lines };
  });

  const countryLabels = input.countries
    .filter((c) => geometryOf(c) && !destinations.includes(c))
    .map((c) => {
      const [x, y] = pointOf.get(c.id)!;
      // The releasing country's name sits under the start of the routes.
      return { id: c.id, name: c.data.name, x, y: c === origin ? y + fontSize * 1.3 : y };
    })
    .filter((l) => inView([l.x, l.y]));

  const cities = input.countries.flatMap((c) =>
    (c.data.map?.cities ?? []).flatMap((city) => {
      const p = projection([city.lon, city.lat]);
      if (!p || !inView(p as [number, number])) return [];
      const [x, y] = [Math.round(p[0]), Math.round(p[1])];
      return [{ name: city.name, x, y, anchor: (x > width * 0.75 ? 'end' : 'start') as Anchor }];
    }),
  );
  const citySources = [...new Set(input.countries.flatMap((c) => (c.data.map ? [c.data.map.source] : [])))];

  return { width, height, land, borders, highlighted, countryLabels, cities, routes, blocks, figures, citySources };
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
