/**
 * A report's words for a date keep what they date. Where an editor's basis
 * (an editor's note's, a statement's, the site's dating of the event) quotes a
 * report's dating words ("on Saturday", "this year", "5 years ago"), the
 * clause that quotes them names what the report dates with them: a word of the
 * source sentence they come from. "Al Jazeera says the release came “on
 * Saturday”" is refused where Al Jazeera's "on Saturday" is the day of an
 * announcement, not of the release; "Al Jazeera dates the envoy's announcement
 * “on Saturday”" is not.
 */
import { lineOf, type SiteContent } from '../load/content.ts';
import { normaliseWording as normalise } from './wording.ts';
import { statementsOf } from './evidence/statements.ts';
import { short } from './evidence/sources.ts';

/** Words that date: a day, a span of time, a month (but "may", more often a hedge), a year. */
const DATING =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|days?|weeks?|months?|years?|ago|january|february|march|april|june|july|august|september|october|november|december|\d{4})\b/;

/** Words that say nothing of what is dated: how a basis speaks of reports, dates and saying. */
const EMPTY = new Set(
  'that this with from have been were says said only also report reports gives give gave none neither which when what their there they them into over after before than then date dates dated dating calendar site brief project itself says speaks'.split(' '),
);

/** A word's first five letters: "announced" and "announcement" are one word here. */
const stem = (w: string) => w.slice(0, 5);
const wordsOf = (s: string) => normalise(s).match(/\p{L}{4,}/gu) ?? [];

interface Basis {
  at: string;
  field: string;
  basis: string;
}

export function datingQuoteProblems(site: SiteContent): string[] {
  const outletWords = new Set(site.reports.flatMap((r) => wordsOf(r.data.outlet)));
  const sentences = site.reports.flatMap((r) =>
    r.sourceText.split(/(?<=[.!?])\s+|\n+/).map((original) => ({ report: r, original, text: normalise(original) })),
  );
  const meaningful = (s: string, leaving: string[] = []) => wordsOf(s).filter((w) => !EMPTY.has(w) && !outletWords.has(w) && !leaving.includes(w)).map(stem);

  const bases: Basis[] = [
    { at: `${site.siteFile.filePath}:${lineOf(site.siteFile, ['eventDate', 'basis'])}`, field: 'eventDate.basis', basis: site.site.eventDate.basis },
    ...[...site.reports, ...site.people, ...site.countries, ...site.sanctions, ...site.claims, ...site.events].flatMap((e) =>
      Object.entries((e.data as { notes?: Record<string, { basis: string }> }).notes ?? {}).map(([name, note]) => ({
        at: `${e.filePath}:${lineOf(e, ['notes', name, 'basis'])}`,
        field: `notes.${name}.basis`,
        basis: note.basis,
      })),
    ),
    ...statementsOf(site).statements.flatMap((s) => (s.basis ? [{ at: s.at, field: s.field, basis: s.basis }] : [])),
  ];
  const seen = new Set<string>();

  return bases.flatMap(({ at, field, basis }) => {
    if (seen.has(`${at} ${basis}`)) return [];
    seen.add(`${at} ${basis}`);
    let clauseStart = 0;
    return [...basis.matchAll(/[“"]([^”"]+)[”"]/g)].flatMap((m) => {
      // The clause that quotes them: from the last stop, or the last quotation, to the quotation.
      const before = basis.slice(clauseStart, m.index);
      const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1);
      clauseStart = m.index + m[0].length;
      const quoted = normalise(m[1]);
      if (!DATING.test(quoted)) return [];
      const from = sentences.filter((s) => s.text.includes(quoted));
      if (!from.length) return [];
      const named = new Set(meaningful(clause));
      if (from.some((s) => meaningful(s.text, wordsOf(quoted)).some((w) => named.has(w)))) return [];
      const [first] = from;
      return [
        `${at}: ${field}: “${m[1]}” is quoted without what ${first.report.data.outlet} dates with it (“${short(first.original, 80)}”); ` +
          'say, in the clause that quotes it, what the report dates so, in a word of that sentence',
      ];
    });
  });
}
