/**
 * A report's card: its headline and outlet on a 1200 × 675 (16:9) image, the
 * picture that search engines show beside the article (its JSON-LD `image`).
 * Text only, so it is made at build time with no image tool.
 */
import type { APIContext } from 'astro';
import { loadSite } from '../../../lib/site';

export function getStaticPaths() {
  return loadSite().reports.map((r) => ({ params: { id: r.id } }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy wrap into lines of at most `width` characters (a word longer than that gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export function GET({ params }: APIContext) {
  const site = loadSite();
  const report = site.get('reports', params.id!);
  const { title } = report.data;
  const byline = report.credit;
  const lines = wrap(title, 26).slice(0, 4);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 675" width="1200" height="675">
<rect width="1200" height="675" fill="#fdfdfc"/>
<rect width="24" height="675" fill="#8a1c1c"/>
<text font-family="system-ui, sans-serif" fill="#1b1b1f">
<tspan x="96" y="150" font-size="36" fill="#4a4a55">${escape(byline)}</tspan>
${lines.map((l, i) => `<tspan x="96" y="${260 + i * 84}" font-size="68" font-weight="700">${escape(l)}</tspan>`).join('\n')}
</text>
</svg>
`;
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
