/**
 * A Sätteri hast plugin for report MDX: puts a visible link to each h2 and h3
 * beside it, and a button that copies it (anchorLinkHast, below, which
 * src/components/AnchorLink.astro renders for the other pages).
 *
 *   <div class="heading-wrapper">
 *     <h2 id="potash">Heading</h2>
 *     <a class="anchor-link" href="#potash">#<span>Section titled Heading</span></a>
 *     <button class="copy-link needs-script" aria-label="Copy link to “Heading”">Copy link</button>
 *   </div>
 *
 * The link is the heading's sibling, not its child, so copying the heading's
 * text never copies the link's label, and the table of contents built from
 * the headings does not contain it.
 *
 * A section renamed after publication keeps its old id as an empty
 * <span id="old-id"> in the wrapper (from the report's `anchorAliases`), so
 * old links land on the same heading.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin } from 'satteri';
import type { Element, ElementContent } from 'hast';
import { loadSite } from '../lib/site.ts';
import type { SiteModel } from '../lib/model/index.ts';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** The name of the button that copies the link to `title`. */
const copyLinkLabel = (title: string) => `Copy link to “${title}”`;

/**
 * The link's hast and its copy button's, for the headings here and for
 * AnchorLink.astro: one markup for both. The labels name the target for screen
 * readers: `label` is what they hear for the link, a section's title by default.
 * The button is in the page from the start, shown only where scripts run
 * (.needs-script), and src/components/CopyLinks.astro makes it copy.
 */
export function anchorLinkHast(id: string, title: string, label = `Section titled ${title}`): Element[] {
  // data-pagefind-ignore: the labels repeat the heading, and would fill search excerpts twice.
  return [
    el('a', { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' }, [
      el('span', { ariaHidden: 'true' }, [{ type: 'text', value: '#' }]),
      el('span', { className: ['visually-hidden'] }, [{ type: 'text', value: label }]),
    ]),
    el('button', { type: 'button', className: ['copy-link', 'needs-script'], ariaLabel: copyLinkLabel(title), dataPagefindIgnore: '' }, [
      { type: 'text', value: 'Copy link' },
    ]),
  ];
}

/** Each report's file and the old ids of its renamed sections, per model: looked up per heading, built once. */
const aliasesByFile = new WeakMap<SiteModel, Map<string, Record<string, string>>>();

/** The old ids of the report's renamed sections, as the pipeline loaded and checked them. */
function aliasesOf(fileURL: URL | undefined): Record<string, string> {
  const site = loadSite();
  let byFile = aliasesByFile.get(site);
  if (!byFile) aliasesByFile.set(site, (byFile = new Map(site.reports.map((r) => [r.filePath, r.data.anchorAliases ?? {}]))));
  return (fileURL && byFile.get(relative(process.cwd(), fileURLToPath(fileURL)))) || {};
}

export const anchorLinks = defineHastPlugin({
  name: 'anchor-links',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = node.properties?.id;
      if (typeof id !== 'string') return;
      const heading = el(node.tagName, { ...node.properties }, [...node.children] as ElementContent[]);
      const aliases = Object.entries(aliasesOf(ctx.fileURL))
        .filter(([, to]) => to === id)
        .map(([from]) => el('span', { id: from, className: ['anchor-alias'] }, []));
      ctx.replaceNode(
        node,
        el('div', { className: ['heading-wrapper'] }, [...aliases, heading, ...anchorLinkHast(id, ctx.textContent(node))]),
      );
    },
  },
});
