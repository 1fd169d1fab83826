/**
 * Reads a report's MDX body for what the rest of the site needs to know about
 * it without rendering it: its sections (with their pinned ids) and, in each
 * section, who is named, who is quoted and which other report it points to.
 *
 * The body is written by editors in a small, fixed vocabulary (see README.md),
 * so a line-based reading is enough and keeps this a pure function that the
 * unit tests can call.
 */

export interface Section {
  id: string;
  title: string;
  depth: 2 | 3;
  /** Ids of the people linked with <Person id="…"> in this section. */
  people: string[];
  /** Ids of the people quoted with <Quote by="…"> in this section. */
  quoted: string[];
  /** Sections of other reports that an <OtherReport> aside points to. */
  otherReports: { report: string; section: string }[];
  /** The section's source text, markup included, for finding names in it. */
  text: string;
}

export interface ReportBody {
  sections: Section[];
  /** h2/h3 headings written without a pinned `{#id}`: their links would not be stable. */
  unpinnedHeadings: string[];
  /** Names and quotations that come before the first heading, where no section can cite them. */
  outsideSections: string[];
}

const HEADING = /^(#{2,3})\s+(.*?)\s*(?:\{#([^}\s]+)\})?\s*$/;
const PERSON = /<Person\s+id="([^"]*)"/g;
const QUOTE = /<Quote\s+by="([^"]*)"/g;
const OTHER_REPORT = /<OtherReport\s+report="([^"]*)"\s+section="([^"]*)"/g;

export function parseReportBody(body: string): ReportBody {
  const sections: Section[] = [];
  const unpinnedHeadings: string[] = [];
  const outsideSections: string[] = [];
  let current: Section | undefined;

  for (const line of body.split('\n')) {
    const heading = HEADING.exec(line);
    if (heading) {
      const [, hashes, title, id] = heading;
      if (!id) {
        unpinnedHeadings.push(title);
        continue;
      }
      current = { id, title, depth: hashes.length as 2 | 3, people: [], quoted: [], otherReports: [], text: '' };
      sections.push(current);
      continue;
    }
    const people = [...line.matchAll(PERSON)].map((m) => m[1]);
    const quoted = [...line.matchAll(QUOTE)].map((m) => m[1]);
    const others = [...line.matchAll(OTHER_REPORT)].map((m) => ({ report: m[1], section: m[2] }));
    if (!current) {
      if (people.length || quoted.length || others.length) outsideSections.push(line.trim());
      continue;
    }
    current.text += `${line}\n`;
    current.people = [...new Set([...current.people, ...people])];
    current.quoted = [...new Set([...current.quoted, ...quoted])];
    current.otherReports.push(...others);
  }
  return { sections, unpinnedHeadings, outsideSections };
}

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
  return [...new Set([...section.people, ...section.quoted])];
}
