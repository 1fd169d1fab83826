/**
 * The reader check's rules (issue 36): what a sighted reader sees twice on a
 * page. Pure functions over what tests/support/visible-text.ts reads from a
 * page, so that tests/unit/reader-check.test.ts can prove each rule passes and
 * fails without a browser, and tests/browser/reader-check.spec.ts applies them
 * to every main page.
 */
import { numbersIn } from '../../src/lib/check/evidence/text.ts';

/** A block of text as the page shows it (see `readPage` in ./visible-text.ts). */
export interface Block {
  /** Its element, for messages: "p", "li", "tr", "h2", "picture label". */
  tag: string;
  /** Its text, whitespace collapsed: only the visible text, except inside a picture, where all of it. */
  text: string;
  /** Whether any of its text is visible. Only a picture's blocks are read when none is. */
  visible: boolean;
  /** The picture (a map or chart and its text alternative) it belongs to, by name. */
  picture?: string;
  /**
   * The titles of the report sections its links cite. A citation names a
   * section by its heading ("Al Jazeera, “114 prisoners received in
   * Ukraine”"): that is the section's name, not the figure told again, which
   * is counted where the heading itself shows.
   */
  cites: string[];
  /**
   * Where it stands, when that is a record rather than the page telling a
   * figure: a report's body, which retells the report section by section and
   * may drop nothing of it (a figure the report gives twice, from two
   * speakers, stays twice), or the corrections log, which says what a page
   * once said and now says.
   */
  record?: 'retelling' | 'correction';
}

/** A figure the model displays, and what a block must name to be showing this figure and not another number. */
export interface Figure {
  value: number;
  /** For messages: "114 (Ukraine)". */
  what: string;
  /** What a block giving the number must also say (the figure's country or one of its cities) to be the same figure. */
  about: RegExp;
}

/** One place a figure shows: a block, or a picture with its alternative. */
export interface Place {
  picture?: string;
  /** The block's element, for a place that is a block. */
  tag: string;
  /** The texts of the blocks there that show the figure (and, where none of them names its subject, the shortest that does). */
  texts: string[];
}

export interface FigureRepeat {
  figure: Figure;
  places: Place[];
}

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** Numbers that are not counts: dates and times ("2025-12-09", "13 December", "09:00"), note marks ("[2]"), reading times ("3 min read"). */
const NOT_COUNTS = [
  /\b\d{4}-\d{2}(?:-\d{2})?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}:\d{2}\b/g,
  new RegExp(`\\b\\d{1,2} (?:${MONTHS})\\b|\\b(?:${MONTHS}) \\d{1,2}\\b`, 'g'),
  /\[\d+\]/g,
  /\b\d+ min(?:ute)?s? read\b/g,
];

/**
 * The counts a text gives, in digits or in words (numbersIn, as the evidence
 * checks read them: "114" is not in "1140", nor "9" in "19"), dates and the
 * like left out.
 */
export const countsIn = (text: string) => numbersIn(NOT_COUNTS.reduce((t, re) => t.replace(re, ' '), text));

/** The words a block names a figure's subject by: any of `names`, as whole words. */
export const naming = (names: string[]) =>
  new RegExp(`(?<![\\p{L}\\d])(?:${[...new Set(names)].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\d])`, 'u');

/** A block's text without the section titles it cites. */
const ownWords = (b: Block) => b.cites.reduce((t, title) => t.replace(title, ' '), b.text);

/**
 * Each figure that shows in two or more places on a page. A place is a block
 * that gives the figure's number and names its subject, or a picture: a
 * picture and its text alternative are one place, counted where any of its
 * visible blocks gives the number and any of its blocks, shown or not (the
 * chart's bars are labelled under the country's name), gives it with the name.
 */
export function figureRepeats(blocks: Block[], figures: Figure[]): FigureRepeat[] {
  const units = new Map<string, Block[]>();
  blocks.forEach((b, i) => {
    const key = b.picture === undefined ? `block ${i}` : `picture ${b.picture}`;
    units.set(key, [...(units.get(key) ?? []), b]);
  });
  return figures.flatMap((figure) => {
    const gives = (b: Block) => countsIn(ownWords(b)).includes(figure.value);
    const places = [...units.values()].flatMap((unit): Place[] => {
      const names = (b: Block) => figure.about.test(ownWords(b));
      const shown = unit.filter((b) => b.visible && gives(b));
      const named = unit.filter((b) => gives(b) && names(b));
      if (!shown.length || !named.length) return [];
      const shortest = named.reduce((a, b) => (b.text.length < a.text.length ? b : a));
      const texts = (shown.some(names) ? shown : [...shown, shortest]).map((b) => (b.visible ? b.text : `${b.text} (not shown)`));
      return [{ picture: unit[0].picture, tag: unit[0].tag, texts: [...new Set(texts)] }];
    });
    return places.length > 1 ? [{ figure, places }] : [];
  });
}

/** A figure's repetition, as an engineer fixing the page reads it. */
export const describeFigureRepeat = ({ figure, places }: FigureRepeat) =>
  `${figure.what} shows in ${places.length} places: ${places
    .map((p) => (p.picture ? `the picture “${p.picture}”: ${p.texts.map((t) => `«${t}»`).join(' + ')}` : `${p.tag} «${p.texts[0]}»`))
    .join('; ')}`;

/** Each text given more than once, with how many times. */
function repeated(texts: string[]): string[] {
  const times = new Map<string, number>();
  for (const t of texts) times.set(t, (times.get(t) ?? 0) + 1);
  return [...times].filter(([, n]) => n > 1).map(([t, n]) => `${n} times: «${t}»`);
}

/** The shortest paragraph the repeat rule reads: shorter ones ("Sources:", "Al Jazeera") recur by design. */
export const PARAGRAPH_AT_LEAST = 30;

/**
 * A line that only says whose the words beside it are ("Sources: …", "According
 * to …", "Citing …"): it recurs wherever the same sections or the same speaker
 * do, as a byline does, and is no paragraph told twice.
 */
export const CREDIT_LINE = /^(?:Sources?:|According to\b|Citing\b)/;

/** Paragraphs (p, li, dd) whose text shows more than once, credit lines aside. */
export const paragraphRepeats = (paragraphs: string[]) =>
  repeated(paragraphs.filter((t) => t.length >= PARAGRAPH_AT_LEAST && !CREDIT_LINE.test(t)));

/** Notes whose text shows more than once. */
export const noteRepeats = (notes: string[]) => repeated(notes);

/** The notes about the site's dating of the event, when there are more than one. */
export function dateNotesBeyondOne(notes: string[], isDateNote: (note: string) => boolean): string[] {
  const dating = notes.filter(isDateNote);
  return dating.length > 1 ? dating.map((n) => `«${n}»`) : [];
}

/** A claim on /compare/ as shown: its question, and the report sections its accounts cite. */
export interface ShownClaim {
  question: string;
  sections: string[];
}

/** Questions asked twice on /compare/: the same question, or the same sections cited (the same question under another name). */
export function claimRepeats(claims: ShownClaim[]): string[] {
  const sameQuestion = repeated(claims.map((c) => c.question)).map((r) => `the question ${r}`);
  const bySections = new Map<string, string[]>();
  for (const c of claims.filter((c) => c.sections.length)) {
    const key = [...new Set(c.sections)].sort().join(' ');
    bySections.set(key, [...(bySections.get(key) ?? []), c.question]);
  }
  const sameSections = [...bySections]
    .filter(([, questions]) => questions.length > 1)
    .map(([sections, questions]) => `${questions.map((q) => `«${q}»`).join(' and ')} cite the same sections: ${sections}`);
  return [...sameQuestion, ...sameSections];
}
