/**
 * A page's share card: a 1200×630 PNG of its title and key figure, drawn at
 * build time with satori (layout to SVG) and resvg (SVG to PNG), in Noto Sans
 * from the @fontsource/noto-sans package. Pure apart from reading the fonts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the card's design changes, so that cached cards are drawn again. */
const DESIGN = 2;

export interface CardInput {
  siteName: string;
  title: string;
  /** The page's key figure, e.g. "123", and what it counts, e.g. "prisoners freed". */
  figure?: string;
  figureLabel?: string;
  /** Shown where there is no figure. */
  description?: string;
}

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`));
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;

/** What a card depends on: the same key, the same picture. */
export function cardKey(input: CardInput): string {
  const { siteName, title, figure, figureLabel, description } = input;
  return createHash('sha256')
    .update(JSON.stringify({ DESIGN, siteName, title, figure, figureLabel, description }))
    .digest('hex')
    .slice(0, 24);
}

type Node = { type: string; props: Record<string, unknown> & { children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

export async function cardSvg(input: CardInput): Promise<string> {
  fonts ??= [
    { name: 'Noto Sans', data: font(400), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: font(700), weight: 700, style: 'normal' },
  ];
  const ink = '#1b1b1f';
  const accent = '#8a1c1c';
  const muted = '#4a4a55';
  const long = input.title.length > 48;
  const tree = h(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      background: '#fdfdfc',
      borderTop: `18px solid ${accent}`,
      fontFamily: 'Noto Sans',
      color: ink,
    },
    [
      h('div', { display: 'flex', fontSize: 32, fontWeight: 700, color: muted }, input.siteName),
      h('div', { display: 'flex', fontSize: long ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }, input.title),
      input.figure
        ? h('div', { display: 'flex', alignItems: 'baseline', gap: 24, borderTop: `4px solid ${ink}`, paddingTop: 20 }, [
            h('div', { display: 'flex', fontSize: 96, fontWeight: 700, lineHeight: 1, color: accent }, input.figure),
            h('div', { display: 'flex', fontSize: 40, color: ink }, input.figureLabel ?? ''),
          ])
        : h(
            'div',
            { display: 'flex', fontSize: 34, color: muted, borderTop: `4px solid ${ink}`, paddingTop: 20, lineClamp: 2 },
            input.description ?? '',
          ),
    ],
  );
  return satori(tree as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
}

export async function renderCard(input: CardInput): Promise<Buffer> {
  const svg = await cardSvg(input);
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePng(image.width, image.height, image.pixels);
}

/**
 * RGBA pixels to a PNG, deflated at level 1: several times faster than
 * resvg's own encoder, for a file of about 40 KB. Each row is copied whole
 * after its filter byte (0, none): a copy per row, not a loop per pixel.
 */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const row = width * 4;
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
