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
  /** Everyone else a report calls freed without counting them among the freed. */
  alsoNamed: Entry<Person>[];
}

export function peopleAtTheCentre(site: SiteModel): PeopleAtTheCentre {
  const counted = countedAmongFreed(site);
  return {
    centre: site.text.atTheCentre.map((id) => ({ person: site.get('people', id), counted: counted.has(id) })),
    alsoNamed: freedPeople(site).alsoNamed,
  };
}

/** Everyone a report calls freed: those a report counts among the freed, and the others. */
export function freedPeople(site: SiteModel): { counted: Entry<Person>[]; alsoNamed: Entry<Person>[] } {
  const counted = countedAmongFreed(site);
  const freed = site.people.filter((p) => p.data.group === 'freed');
  return { counted: freed.filter((p) => counted.has(p.id)), alsoNamed: freed.filter((p) => !counted.has(p.id)) };
}
