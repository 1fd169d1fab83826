/**
 * A set of sanctions is dated only as a report dates sanctions. A year in what
 * a sanction's entry says (its fields, its `says`, its editor's notes) comes
 * from a source sentence that speaks of sanctions: evidence that takes the
 * year from a sentence about something else ("did not recognise Lukashenko …
 * after the country's 2020 elections") and the sanctions from the next
 * ("They also imposed sanctions …") would date the sanctions by the other.
 */
import { lineOf, type SiteContent } from '../load/content.ts';
import { normaliseWording as normalise } from './wording.ts';
import { statementsOf } from './evidence/statements.ts';
import { short } from './evidence/sources.ts';

const YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/g;
const SANCTIONS = /\bsanction/;

export function sanctionDateProblems(site: SiteContent): string[] {
  const sentencesOf = new Map(site.reports.map((r) => [r.id, r.sourceText.split(/(?<=[.!?])\s+|\n+/).map((s) => normalise(s))]));
  const files = new Set(site.sanctions.map((s) => s.filePath));
  const texts = [
    // Each statement, with the source sentences its evidence lies in.
    ...statementsOf(site)
      .statements.filter((s) => files.has(s.at.replace(/:\d+$/, '')))
      .map((s) => ({
        at: s.at,
        field: s.field,
        text: s.text,
        sentences: s.evidence.flatMap(({ report, words }) => (sentencesOf.get(report) ?? []).filter((t) => words.some((w) => t.includes(normalise(w))))),
      })),
    // Each editor's note's basis, with every source sentence: it names no evidence.
    ...site.sanctions.flatMap((e) =>
      Object.entries(e.data.notes).map(([name, note]) => ({
        at: `${e.filePath}:${lineOf(e, ['notes', name, 'basis'])}`,
        field: `notes.${name}.basis`,
        text: note.basis,
        sentences: [...sentencesOf.values()].flat(),
      })),
    ),
  ];
  return texts.flatMap(({ at, field, text, sentences }) =>
    [...new Set(text.match(YEAR) ?? [])]
      .filter((year) => !sentences.some((s) => s.includes(year) && SANCTIONS.test(s)))
      .map(
        (year) =>
          `${at}: ${field}: “${short(text)}” dates the sanctions ${year}, but no source sentence about sanctions gives ${year}; ` +
          'date them only as a report does, or leave the date out',
      ),
  );
}
