/**
 * Who says what: a report's statements belong to its outlet, except the
 * sections that retell what the outlet credits to another ("As BBC News
 * reported, …"), which belong to the outlet citing that other one, and the
 * words its source credits to someone (content/sources/<file>.yaml: "Officials
 * told Reuters that …", "the centre said …"), which a figure resting on them
 * is credited to as well.
 *
 * Everywhere the site names who says something, it asks here.
 */
import { OWN_VOICE, type Report } from '../load/schemas.ts';
import { creditedPassageOf, type SearchableSource } from '../check/evidence/sources.ts';
import { countOf } from './words.ts';

type Attributed = { data: Pick<Report, 'outlet'> & Partial<Pick<Report, 'credits'>> };

const list = (names: string[]) => new Intl.ListFormat('en-GB').format(names);

/** The outlets a section's statements are credited to, beyond the report's own. */
export function creditsOf(report: Attributed, sectionId: string): string[] {
  return (report.data.credits ?? []).filter((c) => c.sections.includes(sectionId)).map((c) => c.outlet);
}

/** "citing Reuters and Ukraine's prisoner of war coordination centre", for whom an outlet cites; empty for none. */
export const citingWords = (cited: string[]) => (cited.length ? `citing ${list(cited)}` : '');

/** "Al Jazeera", or "Al Jazeera, citing Reuters": an outlet and whom it cites. */
export const citing = (outlet: string, cited: string[]) => (cited.length ? `${outlet}, ${citingWords(cited)}` : outlet);

/** "Washington Insider", or "Washington Insider, citing BBC News" for a credited section. */
export function attributionOf(report: Attributed, sectionId: string): string {
  return citing(report.data.outlet, creditsOf(report, sectionId));
}

/** Whom the source credits any of `words` to (the passages of content/sources/<file>.yaml), each once, in the order of the words. */
export function sourceCreditsOf(source: SearchableSource, words: string[]): string[] {
  return [...new Set(words.flatMap((w) => creditedPassageOf(source, w)?.to ?? []))];
}

/** How the report as a whole is credited: "Washington Insider, citing BBC News for one section". */
export function reportByline(report: Attributed): string {
  const credits = report.data.credits ?? [];
  if (!credits.length) return report.data.outlet;
  const count = new Set(credits.flatMap((c) => c.sections)).size;
  const cited = list([...new Set(credits.map((c) => c.outlet))]);
  return `${report.data.outlet}, citing ${cited} for ${countOf(count, 'section')}`;
}

type Named = { id: string; data: { name: string; aliases: string[] } };
type Spoken = Attributed & { sections: { text: string }[] };

/**
 * Who says what an account of a claim says, as /compare/ names them: the report
 * "In its own voice", "Citing BBC News" for an outlet it credits, or "According
 * to" a person (spelled as that report spells them) or whom its source credits.
 * Never "quotes": an account may rest on reported speech.
 */
export function speakerOf(report: Spoken, by: string, people: readonly Named[]): string {
  if (by === OWN_VOICE) return 'In its own voice';
  if ((report.data.credits ?? []).some((c) => c.outlet === by)) return `Citing ${by}`;
  const person = people.find((p) => p.id === by);
  if (!person) return `According to ${by}`;
  const text = report.sections.map((s) => s.text).join('\n');
  const spelled = [person.data.name, ...person.data.aliases].find((n) => n.includes(' ') && text.includes(n)) ?? person.data.name;
  return `According to ${spelled}`;
}
