/**
 * /countries/ says each fact once (issue 36), in both builds, read from the built HTML: each
 * report's number for a destination shows in one place (the picture of where they went, with
 * the listing in its caption, is one place), and no paragraph is printed twice. What a reader
 * does not see is left out: the .visually-hidden text, and what a closed <details> holds beyond
 * its summary. A link naming a report section by its heading ("114 prisoners received in
 * Ukraine") is the section's name, not the figure told again. (The browser tier's reader check
 * reads the page as laid out; this reads the HTML, so it needs no browser.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { numbersIn } from '../../src/lib/check/evidence/text.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { builtDist, SITES } from '../support/sites.ts';

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const PARAGRAPHS = 'p, li, dd';
/** The blocks a figure can be told in, each counted on its own unless it is inside a picture. */
const BLOCKS = `${PARAGRAPHS}, dt, tr, caption, h1, h2, h3, h4, blockquote`;
/** Shorter paragraphs ("Sources:", an outlet's name) recur by design. */
const PARAGRAPH_AT_LEAST = 30;

/** The page's main content, without what a reader does not see. */
function visibleMain(html: string): HTMLElement {
  const main = parse(html).querySelector('main')!;
  main.querySelectorAll('script, style, template, .visually-hidden').forEach((el) => el.remove());
  for (const details of main.querySelectorAll('details:not([open])')) details.childNodes.filter((n) => (n as HTMLElement).tagName !== 'SUMMARY').forEach((n) => n.remove());
  return main;
}

describe.each(SITES)('/countries/ of $name', (built) => {
  const site = buildModel(loadContent(built.content));
  const main = visibleMain(readFileSync(join(builtDist(built), 'countries', 'index.html'), 'utf8'));
  const titles = site.reports.flatMap((r) => r.sections.map((s) => flat(s.title)));
  const ownWords = (el: HTMLElement) => titles.reduce((t, title) => t.replaceAll(title, ' '), flat(el.textContent));
  const pictures = main.querySelectorAll('figure').filter((f) => f.querySelector('svg[role="img"]'));
  /** The places a figure can show: each picture whole, and each innermost block outside them. */
  const places = [
    ...pictures.map((p) => ({ what: 'the picture', text: ownWords(p) })),
    ...main
      .querySelectorAll(BLOCKS)
      .filter((b) => !pictures.includes(b.closest('figure')!) && !b.querySelector(BLOCKS))
      .map((b) => ({ what: b.tagName.toLowerCase(), text: ownWords(b) })),
  ];

  const figures = site.destinations.flatMap(({ country, figures }) => {
    const names = [country.data.name, ...figures.flatMap((f) => f.cities), ...(country.data.map?.cities ?? []).map((c) => c.name)];
    const counts = [...new Set(figures.flatMap((f) => (f.count === undefined ? [] : [f.count])))];
    return counts.map((count) => ({ count, country: country.data.name, names }));
  });

  it('has counted figures and a picture to check, so this can fail', () => {
    expect(figures.length).toBeGreaterThan(0);
    expect(pictures.length).toBe(1);
  });

  it.each(figures.map((f) => [`${f.count} (${f.country})`, f]))('shows %s in one place', (_, figure) => {
    const { count, names } = figure as (typeof figures)[number];
    const showing = places.filter((p) => numbersIn(p.text).includes(count) && names.some((n) => p.text.includes(n)));
    expect(showing.map((p) => `${p.what}: ${p.text}`)).toHaveLength(1);
  });

  it('prints no paragraph twice', () => {
    const texts = main
      .querySelectorAll(PARAGRAPHS)
      .filter((el) => !el.querySelector(PARAGRAPHS))
      .map((el) => flat(el.textContent))
      .filter((t) => t.length >= PARAGRAPH_AT_LEAST);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
  });
});
