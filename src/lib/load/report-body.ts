/**
 * Reads a report's MDX file once, to a tree, with Sätteri's MDX parser (the
 * one Astro renders it with), and takes from it what the rest of the pipeline
 * needs: the frontmatter's YAML and where it starts, the sections with their
 * pinned ids, and in each section who is named, who is quoted in what words,
 * and which other report an aside points to. The markup check
 * (../check/markup.ts) walks the same tree; nothing else reads a report's body.
 */
import { mdxToMdast } from 'satteri';
import { isReportComponent } from './report-components.ts';

/** The part of an mdast node this reader and the checks use. */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  /** Headings. */
  depth?: number;
  /** Links, definitions and images. */
  url?: string;
  /** MDX elements: the tag's name (null for a fragment, <>) and its attributes. */
  name?: string | null;
  attributes?: MdAttribute[];
  /** `## Heading {#id}` puts the pinned id here. */
  data?: { hProperties?: { id?: unknown } };
  position?: { start: { line: number; column: number } };
}
export type MdAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: unknown }
  | { type: 'mdxJsxExpressionAttribute'; value: string };

/** A quotation, as the report's MDX gives it. */
export interface Quotation {
  /** The id the quotation is linked by, where the editor pinned one. */
  id?: string;
  /** The person quoted, by id; or `source`, for a speaker who is not a person on the site. */
  by?: string;
  source?: string;
  /** The words quoted, as a reader sees them: no markup, one space between words. */
  text: string;
  /** The file's line where the quotation starts. */
  line: number;
}

export interface Section {
  id: string;
  title: string;
  depth: 2 | 3;
  /** The file's line of the heading. */
  line: number;
  /** Ids of the people linked with <Person id="…"> in this section. */
  people: string[];
  /** Of those, the ones linked in the section's own retelling: outside its <OtherReport> asides, which retell another report. */
  ownPeople: string[];
  /** The quotations in this section, in order. */
  quotations: Quotation[];
  /** Sections of other reports that an <OtherReport> aside points to. */
  otherReports: { report: string; section: string }[];
  /** Everything a reader reads in the section, quotations and asides included, one paragraph a line. */
  text: string;
  /** The site's own words on this report: the text without <Quote> blocks and <OtherReport> asides. */
  prose: string;
  /** The <OtherReport> asides: the site's words on how another report tells it. */
  asides: string;
}

/**
 * A sentence or paragraph of the retelling and the source words it rests on,
 * as the editor marks it:
 *
 *   <Statement evidence="Officials told Reuters | nine of the released prisoners | 114 were taken">
 *   Officials told Reuters that nine went to Lithuania and 114 to Ukraine.
 *   </Statement>
 *
 * `evidence` holds the source's words, several passages joined by " | ";
 * `basis="…"` instead marks an editor's note. Inside <OtherReport report="x">
 * the evidence is report x's. The evidence checks (../check/evidence/) read these.
 */
export interface BodyStatement {
  /** The words a reader sees, markup removed, one space between words. */
  text: string;
  /** The source words, split at " | "; empty for an editor's note. */
  evidence: string[];
  /** An editor's note's basis, where the statement is one. */
  basis?: string;
  /** The report whose source the evidence is from, where not this one (inside <OtherReport>). */
  report?: string;
  /** The file's line where the statement starts. */
  line: number;
  /** The id of the section it is in. */
  section: string;
}

export interface ReportBody {
  /** The MDX tree of the whole file, frontmatter included; lines are the file's. */
  tree: MdNode;
  sections: Section[];
  /** h2/h3 headings written without a pinned `{#id}`, with their lines: their links would not be stable. */
  unpinnedHeadings: { title: string; line: number }[];
  /** Components that come before the first heading, where no section can cite them. */
  outsideSections: { name: string; line: number }[];
  /** Words in the body, markup and pinned ids aside. */
  words: number;
  /** Every <Statement>, in order. */
  statements: BodyStatement[];
  /** Sentences of the retelling outside any <Statement> or <Quote>: they rest on nothing the build can check. */
  bareSentences: { text: string; line: number; section: string }[];
}

export interface ReportFile {
  /** The frontmatter's YAML, and the file's line it starts on; undefined when the file has none. */
  frontmatter?: { yaml: string; line: number };
  body: ReportBody;
}

/** The plain text of a node, as a reader sees it. */
export const textOf = (node: MdNode): string =>
  node.value !== undefined && node.type !== 'yaml' && !node.type.startsWith('mdx') ? node.value : (node.children ?? []).map(textOf).join('');

const lineOf = (node: MdNode) => node.position?.start.line ?? 0;

/** Calls `visit` on every node of the tree, depth first, in document order. */
export function walk(node: MdNode, visit: (node: MdNode) => void) {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

/** A component's attributes written as plain text (expressions are the markup check's to refuse). */
export function attributesOf(node: MdNode): Record<string, string> {
  return Object.fromEntries(
    (node.attributes ?? []).flatMap((a) => (a.type === 'mdxJsxAttribute' && typeof a.value === 'string' ? [[a.name, a.value]] : [])),
  );
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

export function readReportFile(mdx: string): ReportFile {
  const tree = mdxToMdast(mdx, { features: { headingAttributes: true, frontmatter: true } }) as MdNode;
  const top = tree.children ?? [];
  const yaml = top[0]?.type === 'yaml' ? top[0] : undefined;
  const sections: Section[] = [];
  const unpinnedHeadings: ReportBody['unpinnedHeadings'] = [];
  const outsideSections: ReportBody['outsideSections'] = [];
  let words = 0;
  const statements: BodyStatement[] = [];
  const bareSentences: ReportBody['bareSentences'] = [];

  for (const node of top) {
    if (node.type === 'yaml') continue;
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const title = collapse(textOf(node));
      const id = node.data?.hProperties?.id;
      if (typeof id === 'string') {
        sections.push({ id, title, depth: node.depth, line: lineOf(node), people: [], ownPeople: [], quotations: [], otherReports: [], text: '', prose: '', asides: '' });
      } else unpinnedHeadings.push({ title, line: lineOf(node) });
    }
    const text = collapse(textOf(node));
    words += text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
    const section = sections.at(-1);
    if (!section) {
      walk(node, (n) => n.name && isReportComponent(n.name) && outsideSections.push({ name: n.name, line: lineOf(n) }));
      continue;
    }
    if (node.type === 'heading') continue;
    statementsIn(node, section.id, statements);
    for (const sentence of sentencesOf(collapse(bareTextOf(node)))) bareSentences.push({ text: sentence, line: lineOf(node), section: section.id });
    section.text += `${text}\n`;
    if (node.name === 'OtherReport') section.asides += `${text}\n`;
    else if (node.name !== 'Quote') section.prose += `${text}\n`;
    walk(node, (n) => {
      const name = n.name;
      if (!name || !isReportComponent(name)) return;
      const a = attributesOf(n);
      // What the pipeline keeps of each component in REPORT_COMPONENTS.
      switch (name) {
        case 'Person':
          if (a.id && !section.people.includes(a.id)) section.people.push(a.id);
          if (a.id && node.name !== 'OtherReport' && !section.ownPeople.includes(a.id)) section.ownPeople.push(a.id);
          break;
        case 'Quote':
          section.quotations.push({ id: a.id, by: a.by, source: a.source, text: collapse((n.children ?? []).map(textOf).join(' ')), line: lineOf(n) });
          break;
        case 'OtherReport':
          section.otherReports.push({ report: a.report ?? '', section: a.section ?? '' });
          break;
        case 'Statement':
          // Read with the report its evidence is from, which an enclosing <OtherReport> sets: statementsIn() above.
          break;
        default:
          name satisfies never;
      }
    });
  }
  return {
    frontmatter: yaml?.value === undefined ? undefined : { yaml: yaml.value, line: lineOf(yaml) + 1 },
    body: { tree, sections, unpinnedHeadings, outsideSections, words, statements, bareSentences },
  };
}

/** The <Statement>s under `node`, each with the report its evidence is from (another, inside <OtherReport>). */
function statementsIn(node: MdNode, section: string, found: BodyStatement[], report?: string) {
  if (node.name === 'Statement') {
    const a = attributesOf(node);
    found.push({
      text: collapse((node.children ?? []).map(textOf).join(' ')).replace(/ ([,.;:!?])/g, '$1'),
      evidence: (a.evidence ?? '').split('|').map((e) => e.trim()).filter(Boolean),
      ...(a.basis !== undefined && { basis: a.basis }),
      ...(report && { report }),
      line: lineOf(node),
      section,
    });
    return;
  }
  const inside = node.name === 'OtherReport' ? attributesOf(node).report : report;
  node.children?.forEach((child) => statementsIn(child, section, found, inside));
}

/** What a reader reads of `node` outside its <Statement>s and <Quote>s. */
const bareTextOf = (node: MdNode): string =>
  node.name === 'Statement' || node.name === 'Quote'
    ? ' '
    : node.value !== undefined && node.type !== 'yaml' && !node.type.startsWith('mdx')
      ? node.value
      : (node.children ?? []).map(bareTextOf).join(node.type === 'root' ? '\n' : '');

/** The sentences of a paragraph: a full stop, question or exclamation mark and a space end one. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?”])\s+(?=[A-Z“])/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}{2}/u.test(s));

/** A reader's pace in words a minute, the figure most reading-time estimates use. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read the body at an ordinary pace, at least one. */
export const readingMinutes = (body: ReportBody) => Math.max(1, Math.round(body.words / WORDS_PER_MINUTE));

/** Everyone a section names or quotes. */
export function peopleIn(section: Section): string[] {
  return [...new Set([...section.people, ...section.quotations.flatMap((q) => (q.by ? [q.by] : []))])];
}
