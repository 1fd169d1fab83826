/**
 * Own words on the page: the visible text of every built page, outside
 * quotations, shares no run of 10 words with a source text. It reads the page
 * as a reader does, in one stream, so that a role followed by a description,
 * or a heading followed by its paragraph, cannot join into a copied run.
 * Quotations are the reports' words on purpose: <figure class="quote"> blocks
 * and <q> elements, and phrases in “curly” or "straight" quotation marks are left out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtDist, REAL } from '../support/sites.ts';
import { longestSharedRun, words } from '../support/shared-run.ts';

const LIMIT = 10;

const dist = builtDist(REAL);
const sourcesDir = join(REAL.content, 'sources');
const sources = readdirSync(sourcesDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, words: words(readFileSync(join(sourcesDir, f), 'utf8')) }));

/** What a reader reads on the page, quotations and code left out. */
function visibleText(html: string): string {
  const body = parse(html).querySelector('body');
  if (!body) return '';
  for (const el of body.querySelectorAll('script, style, template, figure.quote, blockquote, q')) el.remove();
  return body.textContent.replace(/“[^”]*”/g, ' ').replace(/"[^"\n]*"/g, ' ');
}

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
  .map((file) => {
    const text = words(visibleText(readFileSync(join(dist, file), 'utf8')));
    const runs = sources.map((s) => ({ source: s.file, run: longestSharedRun(text, s.words) }));
    return { file, ...runs.sort((a, b) => b.run.length - a.run.length)[0] };
  });

describe('own words on every built page', () => {
  it('reads the pages, and names the longest shared run', () => {
    expect(pages.length).toBeGreaterThan(10);
    const longest = [...pages].sort((a, b) => b.run.length - a.run.length)[0];
    console.log(`Longest run on a page: ${longest.run.length} words, on ${longest.file} (${longest.source}): “${longest.run.join(' ')}”`);
  });

  it.each(pages)(`$file shares fewer than ${LIMIT} consecutive words with a source`, ({ run, source }) => {
    expect(run.length, `“${run.join(' ')}” is in ${source}`).toBeLessThan(LIMIT);
  });
});
