/**
 * Reads a report's MDX body for what the rest of the site needs to know about
 * it without rendering it: its sections (with their pinned ids) and, in each
 * section, who is named, who is quoted and in what words, and which other
 * report it points to. The model calls this once per report; nothing else
 * reads a body.
 *
 * The body is written by editors in a small, fixed vocabulary (see README.md):
 * `## Heading {#id}` lines and three components, so reading the tags is
 * enough and keeps this a pure function that the unit tests can call.
 */

/** A quotation, as the report's MDX gives it. */
export interface Quotation {
  /** The id the quotation is linked by, where the editor pinned one. */
  id?: string;
  /** The person quoted, by id; or `source`, for a speaker who is not a person on the site. */
  by?: string;
  source?: string;
  /** The words quoted, markup and line breaks removed. */
  text: string;
  /** The body's line where the quotation starts (1 is the body's first line). */
  line: number;
}

/**
 * A sentence or paragraph of the retelling and the source words it rests on,
 * as the editor marks it in the MDX:
 *
 *   <Statement evidence="nine of the released prisoners left Belarus for Lithuania | 114 were taken to Ukraine">
 *   Officials told Reuters that nine went to Lithuania and 114 to Ukraine.
 *   </Statement>
 *
 * `evidence` holds the source words, several passages separated by " | ";
 * `basis="…"` instead marks an editor's note. The component renders its
 * children alone: the evidence is for the desk and the build, never shown.
 * Inside <OtherReport report="x">, the evidence is report x's.
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
  /** The body's line where the statement starts. */
  line: number;
  /** The id of the section it is in. */
  section: string;
}

export interface Section {
  id: string;
  title: string;
  depth: 2 | 3;
  /** The body's line of the heading. */
  line: number;
  /** Ids of the people linked with <Person id="…"> in this section. */
  people: string[];
  /** The quotations in this section, in order. */
  quotations: Quotation[];
  /** Sections of other reports that an <OtherReport> aside points to. */
  otherReports: { report: string; section: string }[];
  /** The section's source text, markup included, for finding names in it. */
  text: string;
}

export interface ReportBody {
  sections: Section[];
  /** Every <Statement> in the body, in order. */
  statements: BodyStatement[];
  /** Sentences of the retelling outside any <Statement>, <Quote> or heading: they carry no evidence. */
  bareSentences: { text: string; line: number; section: string }[];
  /** h2/h3 headings written without a pinned `{#id}`, with their lines: their links would not be stable. */
  unpinnedHeadings: { title: string; line: number }[];
  /** Names and quotations that come before the first heading, where no section can cite them. */
  outsideSections: { text: string; line: number }[];
}

const HEADING = /^(#{2,3})\s+(.*?)\s*(?:\{#([^}\s]+)\})?\s*$/;
/** A component's opening tag, its attributes, and (unless it closes itself) everything up to its closing tag. */
const COMPONENT = /<(Person|Quote|OtherReport)\b((?:[^>"']|"[^"]*"|'[^']*')*?)(?:\/>|>([\s\S]*?)<\/\1\s*>)/g;
/** A <Statement>: read apart from the others, since it wraps them. */
const STATEMENT = /<Statement\b((?:[^>"']|"[^"]*"|'[^']*')*?)>([\s\S]*?)<\/Statement\s*>/g;
/** What is not a fact-bearing sentence of the retelling: quotations, statements, tags, pinned ids. */
const NOT_RETELLING = /<Quote\b[\s\S]*?<\/Quote\s*>|<Statement\b[\s\S]*?<\/Statement\s*>|<[^>]*>|\{#[^}]*\}/g;
/** One attribute, quoted either way or as a JSX string expression: by="x", by='x', by={"x"}. */
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

export function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1], m[2] ?? m[3] ?? m[4]]));
}

/** The words of a quotation, as a reader sees them: no markup, one space between words. */
const wordsOf = (mdx: string) => mdx.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

export function parseReportBody(body: string): ReportBody {
  const lines = body.split('\n');
  const sections: Section[] = [];
  const unpinnedHeadings: ReportBody['unpinnedHeadings'] = [];
  // Where each section starts, in characters, to place the components found below.
  const starts: number[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const heading = HEADING.exec(line);
    if (heading) {
      const [, hashes, title, id] = heading;
      if (id) {
        sections.push({ id, title, depth: hashes.length as 2 | 3, line: i + 1, people: [], quotations: [], otherReports: [], text: '' });
        starts.push(offset);
      } else unpinnedHeadings.push({ title, line: i + 1 });
    } else if (sections.length) sections.at(-1)!.text += `${line}\n`;
    offset += line.length + 1;
  });

  const outsideSections: ReportBody['outsideSections'] = [];
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (const match of body.matchAll(COMPONENT)) {
    const [whole, name, attributeText, inner = ''] = match;
    const attributes = attributesOf(attributeText);
    const sectionIndex = starts.findLastIndex((s) => s <= match.index);
    const line = lineAt(match.index);
    if (sectionIndex < 0) {
      outsideSections.push({ text: whole.split('\n')[0].trim(), line });
      continue;
    }
    const section = sections[sectionIndex];
    if (name === 'Person' && attributes.id && !section.people.includes(attributes.id)) section.people.push(attributes.id);
    if (name === 'OtherReport') section.otherReports.push({ report: attributes.report ?? '', section: attributes.section ?? '' });
    if (name === 'Quote') {
      section.quotations.push({ id: attributes.id, by: attributes.by, source: attributes.source, text: wordsOf(inner), line });
    }
  }
  const others = [...body.matchAll(COMPONENT)].filter((m) => m[1] === 'OtherReport');
  const statements: BodyStatement[] = [];
  for (const match of body.matchAll(STATEMENT)) {
    const sectionIndex = starts.findLastIndex((s) => s <= match.index);
    const line = lineAt(match.index);
    if (sectionIndex < 0) {
      outsideSections.push({ text: match[0].split('\n')[0].trim(), line });
      continue;
    }
    const attributes = attributesOf(match[1]);
    const inside = others.find((o) => o.index < match.index && match.index < o.index + o[0].length);
    statements.push({
      text: wordsOf(match[2]),
      evidence: (attributes.evidence ?? '').split('|').map((e) => e.trim()).filter(Boolean),
      ...(attributes.basis !== undefined && { basis: attributes.basis }),
      ...(inside && { report: attributesOf(inside[2]).report }),
      line,
      section: sections[sectionIndex].id,
    });
  }
  const bareSentences = sections.flatMap((section) =>
    section.text
      .replace(NOT_RETELLING, (m) => m.replace(/[^\n]/g, ' '))
      .split('\n')
      .flatMap((text, i) => sentencesOf(text).map((sentence) => ({ text: sentence, line: section.line + 1 + i, section: section.id }))),
  );
  return { sections, statements, bareSentences, unpinnedHeadings, outsideSections };
}

/** The sentences of a line of prose: a full stop, question or exclamation mark and a space end one. */
const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?”])\s+(?=[A-Z“])/)
    .map((s) => s.replace(/\s+/g, ' ').replace(/ ([,.;:!?])/g, '$1').trim())
    .filter((s) => /\p{L}{2}/u.test(s));

/** A reader's pace in words a minute, the figure most reading-time estimates use. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read the body at an ordinary pace, at least one; markup and `{#id}`s are not words. */
export function readingMinutes(body: string): number {
  const text = body.replace(/<[^>]*>/g, ' ').replace(/\{#[^}]*\}/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Everyone a section names or quotes. */
export function peopleIn(section: Section): string[] {
  return [...new Set([...section.people, ...section.quotations.flatMap((q) => (q.by ? [q.by] : []))])];
}
