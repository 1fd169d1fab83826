/**
 * A page's share card: a 1200×630 PNG of its title and key figure, in Noto
 * Sans from the @fontsource/noto-sans package.
 *
 * Drawn without a layout engine and without rasterising the whole card: the
 * card is one fixed template, so this file places its few lines itself
 * (words wrapped by the fonts' advance widths), and paints each glyph from a
 * coverage mask that sharp (librsvg, already Astro's image service) drew
 * once per process for that glyph, size and quarter-pixel offset across.
 * What is left per card is copying a template, blending some 60 masks into it
 * and sharp encoding the PNG in libuv's thread pool. Against rasterising the
 * card's SVG with sharp, that took a card from about 20 ms of CPU to about 5
 * once the masks are drawn (the first cards of a build draw most of them),
 * with the same look: a glyph lands within an eighth of a pixel across, and
 * half a pixel down, of where the SVG put it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { create, type Font, type Path } from 'fontkitten';
import sharp, { type Sharp } from 'sharp';
import type { CardInput } from './card-input.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/* ------------------------------------------------------------- fonts */

type Weight = 400 | 700;
interface Face {
  weight: Weight;
  /** Noto Sans's Latin subset, then Latin Extended for the letters it lacks (ł, ė, …). */
  fonts: Font[];
  glyphs: Map<number, { path: Path; advance: number; blank: boolean }>;
}

const require = createRequire(import.meta.url);
const load = (subset: string, weight: Weight) =>
  create(sfntOfWoff(readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`)))) as Font;

/**
 * A WOFF file's font as a plain OpenType file: each table inflated by
 * node:zlib, which is many times faster than the JavaScript inflater a font
 * parser brings (that was a third of a second of every build).
 */
export function sfntOfWoff(woff: Buffer): Buffer {
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const stored = woff.subarray(offset, offset + compressed);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? inflateSync(stored) : stored };
  });
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(woff.readUInt32BE(4), 0); // the flavour: TrueType or CFF
  const log2 = Math.floor(Math.log2(count));
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** log2, 6);
  header.writeUInt16BE(log2, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach(({ tag, checksum, data }, i) => {
    header.writeUInt32BE(tag, 12 + 16 * i);
    header.writeUInt32BE(checksum, 16 + 16 * i);
    header.writeUInt32BE(offset, 20 + 16 * i);
    header.writeUInt32BE(data.length, 24 + 16 * i);
    // Tables start on four-byte boundaries.
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
let faces: Record<Weight, Face> | undefined;
const face = (weight: Weight) => {
  faces ??= {
    400: { weight: 400, fonts: [load('latin', 400), load('latin-ext', 400)], glyphs: new Map() },
    700: { weight: 700, fonts: [load('latin', 700), load('latin-ext', 700)], glyphs: new Map() },
  };
  return faces[weight];
};
/** Reads and parses the fonts now, not at the first card: a card thread does it as it starts. */
export const loadFonts = () => void face(400);
/**
 * The font's vertical metrics, per unit of font size (every subset and weight
 * shares them): its ascent, and CSS's `line-height: normal`, ascent plus
 * descent plus line gap.
 */
const metrics = () => {
  const { ascent, descent, lineGap, unitsPerEm } = face(400).fonts[0];
  return { ascent: ascent / unitsPerEm, normal: (ascent - descent + lineGap) / unitsPerEm, unitsPerEm };
};

/** A character's glyph: its outline (font units, y up) and advance, looked up once per process. */
function glyph(f: Face, codePoint: number) {
  let g = f.glyphs.get(codePoint);
  if (!g) {
    const font = f.fonts.find((x) => x.hasGlyphForCodePoint(codePoint)) ?? f.fonts[0];
    const { path, advanceWidth } = font.glyphForCodePoint(codePoint);
    g = { path, advance: advanceWidth, blank: path.commands.length === 0 };
    f.glyphs.set(codePoint, g);
  }
  return g;
}

const widthOf = (f: Face, text: string, size: number) =>
  ([...text].reduce((n, c) => n + glyph(f, c.codePointAt(0)!).advance, 0) * size) / metrics().unitsPerEm;

/**
 * Words into lines no wider than `width`, greedily, as CSS wraps them; past
 * `maxLines` the last line ends with an ellipsis.
 */
export function wrapText(text: string, measure: (s: string) => number, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  let end = lines[maxLines - 1];
  while (end.includes(' ') && measure(`${end}…`) > width) end = end.slice(0, end.lastIndexOf(' '));
  return [...lines.slice(0, maxLines - 1), `${end.replace(/[\s,;:.]+$/, '')}…`];
}

/* ------------------------------------------------------------ drawing */

interface Run {
  text: string;
  weight: Weight;
  size: number;
  colour: string;
  x: number;
  /** The baseline. */
  y: number;
}

const INK = '#1b1b1f';
const ACCENT = '#8a1c1c';
const MUTED = '#4a4a55';
const PAPER = '#fdfdfc';
const BAR = 18;
const PAD_X = 72;
const PAD_Y = 64;
const RULE = 4;
const RULE_GAP = 20;
const INNER = CARD_WIDTH - 2 * PAD_X;

/** Where each line of text goes: the site's name at the top, the figure (or the description) at the foot, the title between. */
function layout(input: CardInput): { runs: Run[]; rule: number } {
  const { ascent: ASCENT, normal: NORMAL } = metrics();
  const top = BAR + PAD_Y;
  const bottom = CARD_HEIGHT - PAD_Y;
  const runs: Run[] = [{ text: input.siteName, weight: 700, size: 32, colour: MUTED, x: PAD_X, y: top + 32 * ASCENT }];
  const siteHeight = 32 * NORMAL;

  let foot: number;
  if (input.figure) {
    // The figure (line height 1) and its label share a baseline.
    const figureAbove = 96 * ((1 - NORMAL) / 2 + ASCENT);
    const labelBelow = 40 * (NORMAL - ASCENT);
    foot = RULE + RULE_GAP + Math.max(96, figureAbove + labelBelow);
    const baseline = bottom - foot + RULE + RULE_GAP + figureAbove;
    const figureWidth = widthOf(face(700), input.figure, 96);
    runs.push({ text: input.figure, weight: 700, size: 96, colour: ACCENT, x: PAD_X, y: baseline });
    if (input.figureLabel)
      runs.push({ text: input.figureLabel, weight: 400, size: 40, colour: INK, x: PAD_X + figureWidth + 24, y: baseline });
  } else {
    const lines = wrapText(input.description ?? '', (s) => widthOf(face(400), s, 34), INNER, 4);
    foot = RULE + RULE_GAP + lines.length * 34 * NORMAL;
    lines.forEach((text, i) =>
      runs.push({ text, weight: 400, size: 34, colour: MUTED, x: PAD_X, y: bottom - foot + RULE + RULE_GAP + (i * NORMAL + ASCENT) * 34 }),
    );
  }

  const size = input.title.length > 48 ? 60 : 72;
  const lineHeight = size * 1.1;
  const titleLines = wrapText(input.title, (s) => widthOf(face(700), s, size), INNER);
  // The three blocks spread over the height, as flex's space-between does.
  const gap = (bottom - top - siteHeight - titleLines.length * lineHeight - foot) / 2;
  const titleTop = top + siteHeight + gap;
  const halfLeading = (lineHeight - size * NORMAL) / 2;
  titleLines.forEach((text, i) =>
    runs.push({ text, weight: 700, size, colour: INK, x: PAD_X, y: titleTop + i * lineHeight + halfLeading + size * ASCENT }),
  );
  // The rule on whole pixels: a sharp line.
  return { runs, rule: Math.round(bottom - foot) };
}

/* ----------------------------------------------------------- painting */

type RGB = readonly [number, number, number];
const rgb = (hex: string): RGB => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as RGB;

/**
 * Where each glyph lands: across, on a grid of quarter pixels, an eighth of a
 * pixel at most from where the layout put it; down, on whole pixels, half a
 * pixel at most. Text looks the same, and each glyph and size needs four
 * masks.
 */
const PHASES = 4;

/** Each glyph of the runs, and where the layout puts its origin. */
function* glyphsOf(runs: Run[]) {
  for (const { text, weight, size, colour, x, y } of runs) {
    const f = face(weight);
    const scale = size / metrics().unitsPerEm;
    let pen = x;
    for (const c of text) {
      const codePoint = c.codePointAt(0)!;
      const g = glyph(f, codePoint);
      if (!g.blank) yield { weight, codePoint, path: g.path, scale, colour, x: pen, y };
      pen += g.advance * scale;
    }
  }
}

/** One glyph on the card: its mask's key, and the pixel its origin falls in. */
interface Stamp {
  key: string;
  path: Path;
  scale: number;
  /** Where the origin falls inside its pixel, across, in quarters. */
  phase: number;
  x: number;
  y: number;
  colour: RGB;
}

function stamps(runs: Run[]): Stamp[] {
  return [...glyphsOf(runs)].map(({ weight, codePoint, path, scale, colour, x, y }) => {
    const quarters = Math.round(x * PHASES);
    const phase = quarters % PHASES;
    return { key: `${weight}/${scale}/${codePoint}/${phase}`, path, scale, phase, x: (quarters - phase) / PHASES, y: Math.round(y), colour: rgb(colour) };
  });
}

/**
 * A glyph's coverage at one size and phase: `alpha`, `height` rows of
 * `width` bytes, whose top left is (left, top) from the pixel the glyph's
 * origin falls in.
 */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Buffer;
}

/** Every mask drawn or being drawn in this process, by key. */
const masks = new Map<string, Promise<Mask>>();

const COMMANDS = { moveTo: 'M', lineTo: 'L', quadraticCurveTo: 'Q', bezierCurveTo: 'C', closePath: 'Z' } as const;
/**
 * SVG path data of a glyph's outline scaled to pixels (y down) and moved by
 * (dx, dy). Coordinates are rounded to 1/256 of a pixel, which sums with a
 * whole-pixel offset exactly: a mask comes out the same wherever on its
 * sheet it is drawn, so the same content always gives the same cards.
 */
function outline(path: Path, scale: number, dx: number, dy: number): string {
  const q = (n: number) => Math.round(n * 256) / 256;
  return path.commands
    .map(({ command, args }) => COMMANDS[command] + args.map((a, i) => (i % 2 ? q(dy - a * scale) : q(dx + a * scale))).join(' '))
    .join('');
}

/** Starts drawing the masks of `needed` (distinct, none drawn yet), all on one sheet: one call to sharp, however many glyphs. */
function drawMasks(needed: Stamp[]) {
  let sheetHeight = 0;
  const cells = needed.map((s) => {
    const { path, scale } = s;
    const dx = s.phase / PHASES;
    // The outline's control box, a pixel wider each way than the pixels it touches.
    const { minX, minY, maxX, maxY } = path.cbox;
    const left = Math.floor(minX * scale + dx) - 1;
    const top = Math.floor(-maxY * scale) - 1;
    const width = Math.ceil(maxX * scale + dx) + 1 - left;
    const height = Math.ceil(-minY * scale) + 1 - top;
    const cell = { s, left, top, width, height, at: sheetHeight, d: outline(path, scale, dx - left, -top) };
    sheetHeight += height;
    return cell;
  });
  const sheetWidth = Math.max(...cells.map((c) => c.width));
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${sheetWidth}" height="${sheetHeight}">` +
    cells.map(({ at, d }) => `<path transform="translate(0 ${at})" d="${d}"/>`).join('') +
    '</svg>';
  const sheet = sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
  for (const { s, left, top, width, height, at } of cells) {
    const mask = sheet.then((alpha) => {
      const own = Buffer.allocUnsafe(width * height);
      for (let row = 0; row < height; row++) alpha.copy(own, row * width, (at + row) * sheetWidth, (at + row) * sheetWidth + width);
      return { left, top, width, height, alpha: own };
    });
    masks.set(s.key, mask);
  }
}

const BYTES = 3;
const fillRect = (pixels: Buffer, x: number, y: number, width: number, height: number, colour: string) => {
  const fill = Buffer.from(rgb(colour));
  for (let row = y; row < y + height; row++) pixels.fill(fill, (row * CARD_WIDTH + x) * BYTES, (row * CARD_WIDTH + x + width) * BYTES);
};

/** The paper and the bar across the top, the same on every card: made once, copied for each. */
let template: Buffer | undefined;
/**
 * Cards' pixels whose PNG is written, to paint the next cards on. Filling
 * new memory costs a page fault every 4 KiB: on this machine, 10 ms for a
 * fresh 2.2 MB card, against well under 1 for one used before.
 */
const spare: Buffer[] = [];

function blankCard(): Buffer {
  if (!template) {
    template = Buffer.alloc(CARD_WIDTH * CARD_HEIGHT * BYTES);
    fillRect(template, 0, 0, CARD_WIDTH, CARD_HEIGHT, PAPER);
    fillRect(template, 0, 0, CARD_WIDTH, BAR, ACCENT);
  }
  const pixels = spare.pop() ?? Buffer.allocUnsafe(template.length);
  template.copy(pixels);
  return pixels;
}

/** Paints `colour` through the mask onto the card, as SVG's fill does: each channel moves towards the colour by the coverage. */
function paint(pixels: Buffer, { left, top, width, height, alpha }: Mask, { x, y, colour: [r, g, b] }: Stamp) {
  const [x0, y0] = [x + left, y + top];
  for (let row = Math.max(0, -y0); row < height && y0 + row < CARD_HEIGHT; row++) {
    for (let col = Math.max(0, -x0); col < width && x0 + col < CARD_WIDTH; col++) {
      const a = alpha[row * width + col];
      if (a === 0) continue;
      const at = ((y0 + row) * CARD_WIDTH + x0 + col) * BYTES;
      const rest = 255 - a;
      pixels[at] = (r * a + pixels[at] * rest + 127) / 255;
      pixels[at + 1] = (g * a + pixels[at + 1] * rest + 127) / 255;
      pixels[at + 2] = (b * a + pixels[at + 2] * rest + 127) / 255;
    }
  }
}

/** The card's pixels, RGB, row by row, in a buffer to give back to `spare` once encoded. */
async function cardPixels(input: CardInput): Promise<Buffer> {
  const { runs, rule } = layout(input);
  const placed = stamps(runs);
  const needed = new Map(placed.filter((s) => !masks.has(s.key)).map((s) => [s.key, s]));
  if (needed.size) drawMasks([...needed.values()]);
  const painted = await Promise.all(placed.map((s) => masks.get(s.key)!));
  const pixels = blankCard();
  fillRect(pixels, PAD_X, rule, INNER, RULE, INK);
  placed.forEach((s, i) => paint(pixels, painted[i], s));
  return pixels;
}

/**
 * The same card as one SVG, each glyph exactly where the layout puts it: the
 * reference the tests hold the painted card to.
 */
export function cardSvg(input: CardInput): string {
  const { runs, rule } = layout(input);
  const rect = (x: number, y: number, width: number, height: number, colour: string) =>
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${colour}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}">` +
    rect(0, 0, CARD_WIDTH, CARD_HEIGHT, PAPER) +
    rect(0, 0, CARD_WIDTH, BAR, ACCENT) +
    rect(PAD_X, rule, INNER, RULE, INK) +
    [...glyphsOf(runs)].map(({ path, scale, colour, x, y }) => `<path fill="${colour}" d="${outline(path, scale, x, y)}"/>`).join('') +
    '</svg>'
  );
}

/**
 * The card as a PNG: sharp encodes it (RGB, no filter, deflate level 3) in
 * libuv's thread pool, so cards drawn together use every core. A card is
 * mostly flat colour, so it stays small at a low level: against level 6,
 * level 3 took a card's encoding from about 5 ms of CPU to 3 for 6 % more
 * bytes, and the same pixels.
 */
async function encoded<T>(input: CardInput, write: (png: Sharp) => Promise<T>): Promise<T> {
  const pixels = await cardPixels(input);
  try {
    return await write(sharp(pixels, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: BYTES } }).png({ compressionLevel: 3 }));
  } finally {
    spare.push(pixels);
  }
}

export const renderCard = (input: CardInput): Promise<Buffer> => encoded(input, (png) => png.toBuffer());

/** The same PNG written to `file` by sharp, so that not even the writing is on the main thread. */
export const renderCardTo = (input: CardInput, file: string): Promise<unknown> => encoded(input, (png) => png.toFile(file));
