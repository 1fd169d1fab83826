/**
 * How the evidence checks read words: which words are numbers, and which
 * are hedges (what counts as the same wording is ../wording.ts). Shared by every evidence check and
 * by `npm run evidence`.
 */

// The same wording, whatever the typography (../wording.ts): a paraphrase is not evidence.
import { normaliseWording as normalise } from '../wording.ts';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS: Record<string, number> = { thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const LARGE: Record<string, number> = { hundred: 100, hundreds: 100, thousand: 1000, thousands: 1000, million: 1e6, millions: 1e6, dozen: 12, dozens: 12 };

/**
 * The number words a statement may use for a figure. "one" is left out: the
 * reports and the site use it far more as a pronoun ("one of", "one that") than
 * as a count, and a count of one is written "a" or "1" as often.
 */
const NUMBER_WORDS = new Map<string, number>([
  ...UNITS.map((w, i) => [w, i] as [string, number]).filter(([w]) => w !== 'one'),
  ...Object.entries(TENS),
  ...Object.entries(LARGE),
]);

/** A number as a text writes it: its value, and where its words start. */
interface Figure {
  value: number;
  at: number;
}

/** Every number a text gives, in digits and then in words, with where each is written. */
function figuresIn(s: string): Figure[] {
  const found: Figure[] = [];
  for (const m of s.matchAll(/(?<![\p{L}\d.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\p{L}\d.])\d+(?:\.\d+)?(?![\d\p{L}])/gu)) {
    found.push({ value: Number(m[0].replace(/,/g, '')), at: m.index });
  }
  for (const m of s.matchAll(/\p{L}+/gu)) {
    const value = NUMBER_WORDS.get(m[0].toLowerCase());
    if (value !== undefined) found.push({ value, at: m.index });
  }
  return found;
}

/** Every number a text gives, in digits ("123", "1,000", "2020") or in words ("nine", "thousands"), as values. */
export const numbersIn = (s: string): number[] => figuresIn(s).map((f) => f.value);

/**
 * The hedges a statement must keep when its evidence has them, each with the
 * wordings that keep it. "said" (and "told") is kept by any word that credits
 * the statement to someone, or by a `credit`; "about" is a hedge before a
 * number only ("about 100"), not in "spoke about". A hedge that can qualify a
 * figure has `before`: its words right before the figure ("at least seven",
 * "more than 3"), which a heading stating the figure keeps (./headings.ts).
 */
const NUMBER = `(?:\\d|${[...NUMBER_WORDS.keys(), 'one'].join('|')})`;
const SAYING =
  /\b(said|says|say|saying|told|tells|tell|according|adds?|added|stated?|states|reports?|reported|writes?|wrote|calls?|called|describes?|described|credits?|account|view|words|spoke|speaks|announced|announces|confirmed|confirms|expects?|thanked|quotes?|quoted|mentioned|mentions|argues?|claims?|insists?|hopes?)\b/;
export const HEDGES: { hedge: string; in: RegExp; kept: RegExp; before?: RegExp }[] = [
  { hedge: 'some', in: /\bsome\b/, kept: /\b(some|part of|several|a number of)\b/, before: /\bsome $/ },
  { hedge: 'at least', in: /\bat least\b/, kept: /\bat least\b/, before: /\bat least $/ },
  {
    hedge: 'about',
    in: new RegExp(`\\b(about|around|roughly|nearly|almost) ${NUMBER}`),
    kept: /\b(about|around|roughly|nearly|almost|some)\b/,
    before: /\b(about|around|roughly|nearly|almost) $/,
  },
  { hedge: 'more than', in: /\bmore than\b/, kept: /\b(more than|over)\b/, before: /\bmore than $/ },
  { hedge: 'reportedly', in: /\breportedly\b/, kept: /\b(reportedly|reports?|reported|according)\b/ },
  { hedge: 'expected', in: /\b(expected|expects?|expecting)\b/, kept: /\b(expect\w*|likely|probabl\w*)\b/ },
  { hedge: 'likely', in: /\blikely\b/, kept: /\b(likely|probabl\w*|expect\w*)\b/ },
  { hedge: 'would', in: /\bwould\b/, kept: /\b(would|were to|was to|is to|are to|will|planned|plan)\b/ },
  { hedge: 'may', in: /\b(may|might)\b/, kept: /\b(may|might|could|possibl\w*)\b/ },
  { hedge: 'not immediately clear', in: /\bnot immediately clear\b/, kept: /\b(not (yet |immediately )?clear|unclear)\b/ },
  { hedge: 'said', in: /\b(said|says|told)\b/, kept: SAYING },
];

/** The hedges in `evidence` that `statement` (with its credit) drops. */
export function droppedHedges(evidence: string, statement: string, credit?: string): string[] {
  const e = normalise(evidence);
  const s = normalise(statement);
  return HEDGES.filter((h) => h.in.test(e) && !h.kept.test(s) && !(h.hedge === 'said' && credit)).map((h) => h.hedge);
}

/** A number a text gives, with the hedge written right before it, if any, and the words of both ("at least seven"). */
export interface HedgedFigure {
  value: number;
  hedge?: string;
  words: string;
}

/** Every number a text gives, each with the hedge that qualifies it there. */
export function hedgedFiguresIn(s: string): HedgedFigure[] {
  return figuresIn(s).map(({ value, at }) => {
    const before = s.slice(0, at).toLowerCase().replace(/\s+/g, ' ');
    const figure = s.slice(at).match(/^[\p{L}\d.,]+/u)![0].replace(/[.,]$/, '');
    for (const { hedge, before: hedging } of HEDGES) {
      const words = hedging && before.match(hedging)?.[0];
      if (words) return { value, hedge, words: `${words}${figure}` };
    }
    return { value, words: figure };
  });
}

/** Whether `text` keeps `hedge` (one of HEDGES), in its words or their like. */
export const keepsHedge = (hedge: string, text: string) => HEDGES.find((h) => h.hedge === hedge)!.kept.test(normalise(text));
