/**
 * What the home page and the summary put first, from site.yaml: the editor's
 * sentences with their credits, the differences the editor ranks with the
 * claims they link to, and the people at the centre, those a report counts
 * among the freed kept apart from those only named as freed.
 */
import type { Entry } from '../load/content.ts';
import type { Claim, Person, Statement } from '../load/schemas.ts';
import { reportHref, type SiteModel } from './index.ts';
import { peopleIn } from '../load/report-body.ts';
import { listOf, shortListOf } from './words.ts';

/**
 * Who a statement is credited to: the outlet of the report it retells (the
 * first, where it rests on several), citing whoever its `credit` names, linked
 * to that report; or the site's own note with its basis.
 */
export type Credit = { outlet: string; href: string } | { basis: string };

export function creditOf(site: SiteModel, s: Statement): Credit {
  if ('basis' in s) return { basis: s.basis };
  const report = 'report' in s ? s.report : Object.keys(s.evidence)[0];
  const outlet = site.get('reports', report).data.outlet;
  return { outlet: s.credit ? `${outlet}, citing ${s.credit}` : outlet, href: reportHref(report) };
}

export const claimHref = (claimId: string) => `/compare/#${claimId}`;

export interface RankedDifference {
  claim: Entry<Claim>;
  line: Statement;
  href: string;
}

/** The differences in the editor's order, each with the claim it links to. */
export function rankedDifferences(site: SiteModel): RankedDifference[] {
  return site.text.differences.map((d) => ({ claim: site.get('claims', d.claim), line: d.line, href: claimHref(d.claim) }));
}

/**
 * The people a report counts among the freed: those it names in the section
 * that gives its number of the freed.
 */
export function countedAmongFreed(site: SiteModel): Set<string> {
  return new Set(site.reports.flatMap((r) => r.sections.filter((s) => s.id === r.data.released.section).flatMap(peopleIn)));
}

export interface PeopleAtTheCentre {
  /** The editor's choice, in the editor's order; `counted` where a report counts them among the freed. */
  centre: { person: Entry<Person>; counted: boolean }[];
}

export function peopleAtTheCentre(site: SiteModel): PeopleAtTheCentre {
  const counted = countedAmongFreed(site);
  return {
    centre: site.text.atTheCentre.map((id) => ({ person: site.get('people', id), counted: counted.has(id) })),
  };
}

/** A sentence the site composes about people: its words, and each person where their name goes (a page links it, or not). */
export type SentencePart = string | Entry<Person>;

/** The sentence as plain text, each person by name. */
export const sentenceText = (parts: SentencePart[]) => parts.map((p) => (typeof p === 'string' ? p : p.data.name)).join('');

/**
 * The people a report calls freed without counting them among the freed, one
 * sentence for each set of reports that names them: "Washington Insider also
 * names A and B as freed; it does not say whether they were among the 123."
 * Those reports count the freed in another section and do not say whether
 * these were among them: the sentence says that silence, never "not among".
 */
export function alsoNamedAsFreed(site: SiteModel): SentencePart[][] {
  const bySources = new Map<string, { reports: string[]; people: Entry<Person>[] }>();
  for (const person of freedPeople(site).alsoNamed) {
    const reports = [...new Set(site.mentionsOf(person.id).map((m) => m.report))];
    const key = reports.join(' ');
    (bySources.get(key) ?? bySources.set(key, { reports, people: [] }).get(key)!).people.push(person);
  }
  return [...bySources.values()].map(({ reports, people }) => {
    const naming = reports.map((id) => site.get('reports', id));
    const several = naming.length > 1;
    const counts = listOf(site, [...new Set(naming.map((r) => String(r.data.released.count)))], 'disjunction');
    // The names as the language lists them ("A, B and C"), each part where its person goes.
    const names = new Intl.ListFormat(site.text.language).formatToParts(people.map((p) => p.data.name));
    let next = 0;
    return [
      `${shortListOf(site, naming.map((r) => r.data.outlet))} also ${several ? 'name' : 'names'} `,
      ...names.map((part) => (part.type === 'element' ? people[next++] : part.value)),
      ` as freed; ${several ? 'they do' : 'it does'} not say whether they were among the ${counts}.`,
    ];
  });
}

/** Everyone a report calls freed: those a report counts among the freed, and the others. */
export function freedPeople(site: SiteModel): { counted: Entry<Person>[]; alsoNamed: Entry<Person>[] } {
  const counted = countedAmongFreed(site);
  const freed = site.people.filter((p) => p.data.group === 'freed');
  return { counted: freed.filter((p) => counted.has(p.id)), alsoNamed: freed.filter((p) => !counted.has(p.id)) };
}
