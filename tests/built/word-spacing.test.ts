/**
 * No word runs into the next at the edge of an inline element: "Without a
 * search,<a>the reports</a>" reads "search,the reports" on screen, and text
 * copied, read in reader mode or indexed for search joins words even where CSS
 * sets the element on a line of its own ("Editor’s note</a>This site…").
 * Astro drops the line break between an expression and an element on the next
 * line, so a space there is written out: {' '}.
 */
import { readFileSync } from 'node:fs';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../scripts/lib/site-links.ts';
import { SITES, builtDist } from '../support/sites.ts';

/** Elements that sit in a line of text. (A button is a control of its own, not part of a sentence.) */
const INLINE = new Set(['a', 'q', 'span', 'time', 'strong', 'em', 'b', 'abbr', 'cite', 'mark']);
/** Elements with no text for a reader. */
const NOT_TEXT = new Set(['script', 'style', 'template']);
/** Where a word (or a sentence's closing punctuation) ends, and where the next begins. */
const ENDS_WORD = /[\p{L}\p{N}.,;:!?’”)]$/u;
const STARTS_WORD = /^[\p{L}\p{N}“‘(]/u;

/** The nodes a reader reads: scripts and styles left out. */
const readable = (nodes: Node[]) => nodes.filter((n) => !(n instanceof HTMLElement && NOT_TEXT.has(n.rawTagName)));

/** The text at the start or end of a node, down through its first or last inline children; none past the edge of a block. */
function edge(node: Node | undefined, end: 'first' | 'last'): string {
  if (node instanceof TextNode) return node.rawText;
  if (!(node instanceof HTMLElement) || !INLINE.has(node.rawTagName)) return '';
  const children = readable(node.childNodes);
  return edge(end === 'first' ? children[0] : children.at(-1), end);
}

/** Each place on the page where an inline element's text touches a word outside it, with what is either side. */
function gluedWords(html: string): string[] {
  const body = parse(html).querySelector('body');
  if (!body) return [];
  const glued: string[] = [];
  for (const el of body.querySelectorAll([...INLINE].join(','))) {
    if (el.closest('svg, script, style')) continue;
    const siblings = readable(el.parentNode?.childNodes ?? []);
    const at = siblings.indexOf(el);
    const [before, inside, after] = [edge(siblings[at - 1], 'last'), el.textContent, edge(siblings[at + 1], 'first')];
    if (ENDS_WORD.test(before) && STARTS_WORD.test(inside)) glued.push(`…${before.slice(-25)}|${inside.slice(0, 25)}…`);
    if (ENDS_WORD.test(inside) && STARTS_WORD.test(after)) glued.push(`…${inside.slice(-25)}|${after.slice(0, 25)}…`);
  }
  return glued;
}

describe('no word runs into the next at an inline element’s edge', () => {
  it('finds a glued word, and passes a spaced one', () => {
    expect(gluedWords('<body><p>Without a search,<a href="/">the reports</a> are listed</p></body>')).toEqual(['…Without a search,|the reports…']);
    expect(gluedWords('<body><p><a>Editor’s note</a>This site</p></body>')).toEqual(['…Editor’s note|This site…']);
    expect(gluedWords('<body><p>Without a search, <a href="/">the reports</a>, <q>quoted</q>’s (<a>x</a>)</p></body>')).toEqual([]);
  });
  for (const site of SITES) {
    it(`on every page of ${site.name}`, () => {
      const found = builtPages(builtDist(site)).flatMap(({ url, file }) => gluedWords(readFileSync(file, 'utf8')).map((g) => `${url}: ${g}`));
      expect(found).toEqual([]);
    });
  }
});
