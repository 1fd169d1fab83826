/**
 * What a sighted reader sees of a page, read in the browser for the reader
 * check (./reader-check.ts has its rules). Pass `readPage` to
 * `page.evaluate` once every block is laid out (layOutEveryBlock in
 * ./laid-out-when-near.ts): it is serialised to the page, so it uses nothing
 * from outside itself.
 */
import type { Block, ShownClaim } from './reader-check.ts';

export interface PageReading {
  /** Every block with visible text, and every block of a picture. */
  blocks: Block[];
  /** The visible text of each visible p, li and dd; one inside another with the same text is the same paragraph, given once. */
  paragraphs: string[];
  /** The visible text of each visible note: the editor's notes and whatever the page marks role="note". */
  notes: string[];
  /** The claims on /compare/ (li.claim). */
  claims: ShownClaim[];
}

/** A report section: its address (/reports/<id>/#<section>) and its heading. */
export interface SectionName {
  href: string;
  title: string;
}

export function readPage(sections: SectionName[]): PageReading {
  const BLOCKS = 'p, li, dd, dt, tr, caption, figcaption, h1, h2, h3, h4, h5, h6, blockquote, summary, .picture-label, title, desc';
  const PICTURE = 'svg[role="img"]';
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const titles = new Map(sections.map((s) => [s.href, norm(s.title)]));

  // Clipped to nothing: by clip-path: inset(50%) or clip: rect(0 0 0 0), or into a box of 1 px or less with its
  // overflow hidden (the .visually-hidden pattern does all three).
  const clippedAway = (el: Element) => {
    const s = getComputedStyle(el);
    if (s.clipPath === 'inset(50%)' || /^rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)$/.test(s.getPropertyValue('clip'))) return true;
    if (s.overflowX === 'visible' && s.overflowY === 'visible') return false;
    const box = el.getBoundingClientRect();
    return box.width <= 1 || box.height <= 1;
  };
  const hiddenMemo = new Map<Element, boolean>();
  /**
   * Not rendered, invisible or transparent, or clipped away, itself or through
   * an ancestor. checkVisibility also says so of what a closed <details> holds
   * beyond its summary: Chromium skips it as content-visibility: hidden.
   */
  const hidden = (el: Element | null): boolean => {
    if (!el) return false;
    let h = hiddenMemo.get(el);
    if (h === undefined) {
      h = !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || clippedAway(el) || hidden(el.parentElement);
      hiddenMemo.set(el, h);
    }
    return h;
  };
  // Drawn at a size: a text of no width or height (font-size: 0) is not seen.
  const drawn = (node: Text) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0);
  };
  // The box a text is set in: text in two boxes (two table cells, a block span) reads as two words, not run together.
  const boxOf = (el: Element) => {
    while (el.parentElement && ['inline', 'contents'].includes(getComputedStyle(el).display)) el = el.parentElement;
    return el;
  };
  // A picture's text alternative outside it, tied to it by aria-describedby or aria-details.
  const tied = new Map<Element, Element>();
  for (const svg of document.querySelectorAll(PICTURE)) {
    const picture = svg.closest('figure') ?? svg;
    for (const holder of [svg, picture]) {
      for (const id of `${holder.getAttribute('aria-describedby') ?? ''} ${holder.getAttribute('aria-details') ?? ''}`.split(/\s+/)) {
        const alternative = id && document.getElementById(id);
        if (alternative && !picture.contains(alternative)) tied.set(alternative, picture);
      }
    }
  }
  // A picture: a drawn one (a map, a chart: an SVG with role="img"; not an icon, nor a quotation's <figure>), with the
  // <figure> around it and what it is tied to: its text alternative, shown or not.
  const pictureOf = (el: Element): Element | undefined => {
    const figure = el.closest('figure');
    if (figure?.querySelector(PICTURE)) return figure;
    return el.closest(PICTURE) ?? tied.get(alternativeOf(el)!);
  };
  const alternativeOf = (el: Element) => [...tied.keys()].find((t) => t.contains(el));
  const pictureNames = new Map<Element, string>();
  const nameOf = (picture: Element) => {
    if (!pictureNames.has(picture)) {
      const svg = picture.matches(PICTURE) ? picture : picture.querySelector(PICTURE)!;
      const name = norm(svg.querySelector('title')?.textContent ?? svg.getAttribute('aria-label') ?? picture.getAttribute('class') ?? '') || picture.localName;
      const taken = [...pictureNames.values()].filter((n) => n === name || n.startsWith(`${name} (`)).length;
      pictureNames.set(picture, taken ? `${name} (${taken + 1})` : name);
    }
    return pictureNames.get(picture)!;
  };

  interface Piece {
    node: Text;
    /** Only white space: a space between words in two elements ("<strong>…</strong> <span>…"), never a block's text alone. */
    space: boolean;
    visible: boolean;
    box: Element;
    block: Element;
    picture?: Element;
  }
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    if (parent.closest('script, style, noscript, template')) continue;
    const space = !node.data.trim();
    const picture = pictureOf(parent);
    const visible = !hidden(parent) && (space || drawn(node));
    if (!visible && !picture) continue;
    let block = parent.closest(BLOCKS) ?? boxOf(parent);
    // Within a picture, or its alternative, the nearest block inside it.
    const region = picture && (picture.contains(parent) ? picture : alternativeOf(parent)!);
    if (region && !region.contains(block)) block = region;
    pieces.push({ node, space, visible, box: boxOf(parent), block, picture });
  }
  /** The text of these pieces, a space between two boxes. */
  const textOf = (some: Piece[]) => norm(some.map((p, i) => (i > 0 && p.box !== some[i - 1].box ? ' ' : '') + p.node.data).join(''));
  const visibleTextOf = (el: Element) => textOf(pieces.filter((p) => p.visible && el.contains(p.node)));
  /** The section a link cites, where its text names it by its heading. */
  const citedTitle = (el: Element) => {
    const link = el.closest('a[href]') as HTMLAnchorElement | null;
    if (!link) return undefined;
    const url = new URL(link.href);
    const title = titles.get(url.pathname + url.hash);
    return title && norm(link.textContent!).includes(title) ? title : undefined;
  };

  const byBlock = new Map<Element, Piece[]>();
  for (const p of pieces) byBlock.set(p.block, [...(byBlock.get(p.block) ?? []), p]);
  const blocks = [...byBlock].flatMap(([el, all]) => {
    const shown = all.filter((p) => p.visible);
    const read = all[0].picture ? all : shown;
    if (!read.some((p) => !p.space)) return [];
    const cites = [...new Set(read.map((p) => citedTitle(p.node.parentElement!)).filter((t) => t !== undefined))];
    const tag = el.matches('.picture-label') ? 'picture label' : el.localName;
    const record: Block['record'] = el.closest('.report-body') ? 'retelling' : el.closest('.corrections') ? 'correction' : undefined;
    return [{ tag, text: textOf(read), visible: shown.some((p) => !p.space), picture: all[0].picture && nameOf(all[0].picture), cites, ...(record && { record }) }];
  });

  const paragraphs = [...document.body.querySelectorAll('p, li, dd')]
    .filter((el) => !hidden(el))
    .map((el) => ({ el, text: visibleTextOf(el) }))
    .filter(({ text }) => text);
  const texts = new Map(paragraphs.map(({ el, text }) => [el, text]));
  const sameAsItsParagraph = (el: Element, text: string) => {
    const outer = el.parentElement?.closest('p, li, dd');
    return !!outer && texts.get(outer) === text;
  };

  // The editor's notes (EditorsNote, and an "Editor’s note" credit) and what the page marks as a note.
  const NOTE = '[role="note"], .editors-note';
  const noteElements = new Set(document.body.querySelectorAll(NOTE));
  for (const p of pieces) if (/^Editor['’]s note\b/.test(norm(p.node.data))) noteElements.add(p.node.parentElement!.closest(NOTE) ?? p.node.parentElement!);
  const notes = [...noteElements]
    .filter((el) => !hidden(el) && ![...noteElements].some((other) => other !== el && other.contains(el)))
    .map(visibleTextOf)
    .filter((t) => t);

  const claims = [...document.body.querySelectorAll('li.claim')]
    .filter((li) => !hidden(li))
    .map((li) => ({
      question: visibleTextOf(li.querySelector('h3')!),
      sections: [
        ...new Set(
          [...li.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => new URL(a.href)).map((u) => u.pathname + u.hash).filter((h) => titles.has(h)),
        ),
      ].sort(),
    }));

  return { blocks, paragraphs: paragraphs.filter(({ el, text }) => !sameAsItsParagraph(el, text)).map((p) => p.text), notes, claims };
}
