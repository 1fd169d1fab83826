import { describe, expect, it } from 'vitest';
import { brokenLinks, compareAnchors, publishedAnchors, readPage, type Site } from '../../scripts/lib/site-links.ts';

const anchor = (id: string) => `<a class="anchor-link" href="#${id}">#</a>`;
const site = (pages: Record<string, string>): Site => new Map(Object.entries(pages).map(([p, html]) => [p, readPage(html)]));

const good = {
  '/': '<a href="/reports/a/#one">One</a> <a href="/people/">People</a> <a href="https://example.org/">out</a>',
  '/people/': '<a href="../">Home</a> <article id="x">X</article>',
  '/reports/a/': `<h2 id="one">One</h2>${anchor('one')} <span id="old"></span><h2 id="two">Two</h2>${anchor('two')} <a href="#two">self</a>`,
};

describe('brokenLinks', () => {
  it('passes a site whose links all land', () => expect(brokenLinks(site(good))).toEqual([]));

  it('names the page and the link for a missing page', () => {
    expect(brokenLinks(site({ ...good, '/': '<a href="/reports/b/">B</a>' }))).toEqual(['on /: /reports/b/ (no page /reports/b/)']);
  });
  it('names the page and the link for a missing fragment', () => {
    expect(brokenLinks(site({ ...good, '/people/': '<a href="/reports/a/#three">3</a>' }))).toEqual([
      'on /people/: /reports/a/#three (no element #three on /reports/a/)',
    ]);
  });
  it('checks fragments within the same page', () => {
    expect(brokenLinks(site({ ...good, '/people/': '<a href="#y">y</a> <p id="x"></p>' }))).toEqual([
      'on /people/: #y (no element #y on /people/)',
    ]);
  });
});

describe('compareAnchors', () => {
  const committed = publishedAnchors(site(good));

  it('lists the anchors the site links to', () => expect(committed).toEqual(['/reports/a/#one', '/reports/a/#two']));
  it('finds nothing wrong in the same build', () => expect(compareAnchors(committed, site(good))).toEqual({ lost: [], unlisted: [] }));
  it('catches a lost anchor', () => {
    const renamed = { ...good, '/reports/a/': `<h2 id="first">One</h2>${anchor('first')} <h2 id="two">Two</h2>${anchor('two')}` };
    expect(compareAnchors(committed, site(renamed))).toEqual({ lost: ['/reports/a/#one'], unlisted: ['/reports/a/#first'] });
  });
  it('keeps a renamed anchor alive through its alias', () => {
    const aliased = {
      ...good,
      '/reports/a/': `<span id="one"></span><h2 id="first">One</h2>${anchor('first')} <h2 id="two">Two</h2>${anchor('two')}`,
    };
    expect(compareAnchors(committed, site(aliased)).lost).toEqual([]);
  });
  it('catches a lost page', () => {
    const { ['/reports/a/']: _, ...withoutReport } = good;
    expect(compareAnchors(committed, site(withoutReport)).lost).toEqual(committed);
  });
});
