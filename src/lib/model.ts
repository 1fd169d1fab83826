/**
 * The site as the pages see it: the checked content, with the lookups that
 * several pages share (who is mentioned where, what a source's section is
 * called). Pure, so the unit tests build it from the files directly.
 */
import type { Claim, Country, Person, Source } from '../schemas';
import type { Entry, ReportEntry, SiteContent } from './integrity';
import { parseReportBody, peopleIn, readingMinutes, type Section } from './report-body';
import { attributionOf } from './attribution';

export interface ReportView extends ReportEntry {
  sections: Section[];
  readingMinutes: number;
}

/** A place in a report, resolved for display and linking. */
export interface Citation extends Source {
  reportTitle: string;
  outlet: string;
  /** Who makes the section's statements: the outlet, or the outlet citing another (src/lib/attribution.ts). */
  attribution: string;
  sectionTitle: string;
  href: string;
}

export interface SiteModel extends Omit<SiteContent, 'reports'> {
  reports: ReportView[];
  /** The countries the freed prisoners went to, the largest figure any report gives first. */
  destinations: Entry<Country>[];
  get<K extends keyof SiteContent>(collection: K, id: string): SiteContent[K][number];
  cite(source: Source): Citation;
  /** Every section, in either report, that names or quotes the person, by any spelling. */
  mentionsOf(personId: string): Citation[];
  /** The claims that concern the person. */
  claimsAbout(personId: string): Entry<Claim>[];
  /** How each report spells the person's name, when the reports do not all spell it alike. */
  spellingDifferences(personId: string): { outlet: string; spellings: string[] }[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const reportHref = (reportId: string) => `/reports/${reportId}/`;
export const personHref = (personId: string) => `/people/${personId}/`;

export function buildModel(content: SiteContent): SiteModel {
  const reports: ReportView[] = content.reports.map((r) => ({
    ...r,
    sections: parseReportBody(r.body).sections,
    readingMinutes: readingMinutes(r.body),
  }));
  const claims = [...content.claims].sort((a, b) => a.data.order - b.data.order);
  // "2020" sorts before "2020-08" and "2025-12" before "2025-12-13": ISO dates order as text.
  const events = [...content.events].sort(
    (a, b) => a.data.when.localeCompare(b.data.when) || a.data.order - b.data.order,
  );
  const all = { ...content, reports, claims, events };

  // Each collection indexed by id: pages look entries up once per citation, and a scan per
  // lookup made the cost of building the site grow with the square of the number of reports.
  const byId = Object.fromEntries(
    Object.entries(all).map(([collection, entries]) => [
      collection,
      new Map((entries as Entry<unknown>[]).map((e) => [e.id, e])),
    ]),
  ) as Record<keyof SiteContent, Map<string, Entry<unknown>>>;

  function get<K extends keyof SiteContent>(collection: K, id: string): SiteContent[K][number] {
    const entry = byId[collection].get(id);
    // integrity.ts has already proved every id resolves; reaching this is a bug in a page.
    if (!entry) throw new Error(`No ${collection} entry "${id}"`);
    return entry as SiteContent[K][number];
  }

  function cite(source: Source): Citation {
    const report = get('reports', source.report) as ReportView;
    const section = report.sections.find((s) => s.id === source.section);
    if (!section) throw new Error(`Report "${source.report}" has no section "${source.section}"`);
    return {
      ...source,
      reportTitle: report.data.title,
      outlet: report.data.outlet,
      attribution: attributionOf(report, section.id),
      sectionTitle: section.title,
      href: `${reportHref(report.id)}#${section.id}`,
    };
  }

  function mentionsOf(personId: string): Citation[] {
    const { name, aliases } = (get('people', personId) as Entry<Person>).data;
    // Any spelling, or the surname alone, as a whole word: "Lukashenko", "Lukašenko".
    const spellings = [name, ...aliases].flatMap((n) => [n, n.split(' ').at(-1)!]);
    const named = new RegExp(`(?<![\\p{L}])(?:${spellings.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
    return reports.flatMap((r) =>
      r.sections
        .filter((s) => peopleIn(s).includes(personId) || named.test(s.text))
        .map((s) => cite({ report: r.id, section: s.id })),
    );
  }

  function claimsAbout(personId: string): Entry<Claim>[] {
    return claims.filter((c) => c.data.people.includes(personId));
  }

  function spellingDifferences(personId: string) {
    const { name, aliases } = (get('people', personId) as Entry<Person>).data;
    const byReport = reports.map((r) => {
      const found = [name, ...aliases].filter((n) => r.body.includes(n));
      // "Tikhanovskaya" alone adds nothing where "Svetlana Tikhanovskaya" is there too.
      const spellings = found.filter((n) => !found.some((other) => other !== n && other.includes(n)));
      return { outlet: r.data.outlet, spellings };
    });
    const named = byReport.filter((r) => r.spellings.length);
    const alike = named.every((r) => r.spellings.join('|') === named[0].spellings.join('|'));
    return alike ? [] : named;
  }

  const largest = (c: Entry<Country>) => Math.max(0, ...(c.data.destination ?? []).map((f) => f.count ?? 0));
  const destinations = content.countries.filter((c) => c.data.destination?.length).sort((a, b) => largest(b) - largest(a));

  return { ...all, destinations, get, cite, mentionsOf, claimsAbout, spellingDifferences };
}
