/**
 * A page's share card: a 1200×630 PNG of its title and key figure, in Noto
 * Sans from the @fontsource/noto-sans package.
 *
 * Drawn without a layout engine: the card is one fixed template, so this file
 * places its few lines itself (words wrapped by the fonts' advance widths)
 * and writes an SVG in which each glyph's outline is defined once and used
 * wherever it appears; sharp (libvips, already Astro's image service) turns
 * that into a PNG off the main thread. The fonts are read and parsed once per
 * process. On a busy two-core machine this took a card from about 68 ms of
 * CPU (satori 14, resvg 34, a JavaScript PNG encoder 20) to about 20, for the
 * same picture.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/**
 * Bump when the card's design or its encoding changes, so that cached cards
 * are drawn again: a cached card must be, byte for byte, the one a fresh
 * build draws.
 */
const DESIGN = 4;

export interface CardInput {
  siteName: string;
  title: string;
  /** The page's key figure, e.g. "123", and what it counts, e.g. "prisoners freed". */
  figure?: string;
  figureLabel?: string;
  /** Shown where there is no figure. */
  description?: string;
}

/** What a card depends on: the same key, the same picture. */
export function cardKey(input: CardInput): string {
  const { siteName, title, figure, figureLabel, description } = input;
  return createHash('sha256')
    .update(JSON.stringify({ DESIGN, siteName, title, figure, figureLabel, description }))
    .digest('hex')
    .slice(0, 24);
}

/* ------------------------------------------------------------- fonts */

type Weight = 400 | 700;
interface Face {
  weight: Weight;
  /** Noto Sans's Latin subset, then Latin Extended for the letters it lacks (ł, ė, …). */
  fonts: Font[];
  glyphs: Map<number, { id: string; d: string; advance: number }>;
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
/**
 * The font's vertical metrics, per unit of font size (every subset and weight
 * shares them): its ascent, and CSS's `line-height: normal`, ascent plus
 * descent plus line gap.
 */
const metrics = () => {
  const { ascent, descent, lineGap, unitsPerEm } = face(400).fonts[0];
  return { ascent: ascent / unitsPerEm, normal: (ascent - descent + lineGap) / unitsPerEm, unitsPerEm };
};

/** A character's glyph, its outline as SVG path data (font units, y up) worked out once per process. */
function glyph(f: Face, codePoint: number) {
  let g = f.glyphs.get(codePoint);
  if (!g) {
    const font = f.fonts.find((x) => x.hasGlyphForCodePoint(codePoint)) ?? f.fonts[0];
    const { path, advanceWidth } = font.glyphForCodePoint(codePoint);
    g = { id: `g${f.weight}-${codePoint.toString(16)}`, d: path.toSVG(), advance: advanceWidth };
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
  return { runs, rule: bottom - foot };
}

const r = (n: number) => Math.round(n * 100) / 100;

/** The card as SVG: glyph outlines in <defs>, each line a group of <use>s scaled from font units. */
export function cardSvg(input: CardInput): string {
  const { runs, rule } = layout(input);
  const defs = new Map<string, string>();
  const groups = runs.map(({ text, weight, size, colour, x, y }) => {
    const f = face(weight);
    let pen = 0;
    const uses: string[] = [];
    for (const c of text) {
      const g = glyph(f, c.codePointAt(0)!);
      if (g.d) {
        defs.set(g.id, g.d);
        uses.push(`<use href="#${g.id}" x="${pen}"/>`);
      }
      pen += g.advance;
    }
    const k = size / metrics().unitsPerEm;
    return `<g fill="${colour}" transform="translate(${r(x)} ${r(y)}) scale(${k} ${-k})">${uses.join('')}</g>`;
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<defs>${[...defs].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${PAPER}"/>` +
    `<rect width="${CARD_WIDTH}" height="${BAR}" fill="${ACCENT}"/>` +
    `<rect x="${PAD_X}" y="${r(rule)}" width="${INNER}" height="${RULE}" fill="${INK}"/>` +
    groups.join('') +
    '</svg>'
  );
}

/**
 * The card as a PNG: sharp rasterises the SVG and encodes it (RGB, no
 * filter, deflate level 3) in libuv's thread pool, so cards drawn together
 * use every core. A card is mostly flat colour, so it stays small at a low
 * level: against level 6, level 3 took a card's encoding from about 5 ms of
 * CPU to 3 (about an eighth of the card) for 6 % more bytes, and the same
 * pixels.
 */
export function renderCard(input: CardInput): Promise<Buffer> {
  return cardPng(input).toBuffer();
}

/** The same PNG written to `file` by sharp, so that not even the writing is on the main thread. */
export function renderCardTo(input: CardInput, file: string): Promise<unknown> {
  return cardPng(input).toFile(file);
}

const cardPng = (input: CardInput) => sharp(Buffer.from(cardSvg(input))).removeAlpha().png({ compressionLevel: 3 });
