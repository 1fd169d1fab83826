/**
 * The third step of the pipeline: the site as the pages see it, built from
 * content that the checks (../check) have passed, so it assumes sound input.
 * It decides every derived view in one place: each report's figure for each
 * country, the sanctions by status, the people by group, who is credited,
 * the reading time. Pure, so the unit tests build it from loaded content directly.
 */
import type { Entry, ReportEntry, SiteContent } from '../load/content.ts';
import {
  PERSON_GROUPS,
  SANCTION_CHANGE,
  type Claim,
  type ClaimAccount,
  type Country,
  type DestinationFigure,
  type Person,
  type Sanction,
  type SiteText,
  type Source,
} from '../load/schemas.ts';
import { readingMinutes, type Quotation, type Section } from '../load/report-body.ts';
import { figureOf, numberWords, type FigureCitation, type ReportFigure } from './figures.ts';
import { attributionOf, citing, creditsOf, reportByline, sourceCreditsOf, speakerOf } from './attribution.ts';
import { searchableSources } from '../check/evidence/sources.ts';
import { verdictOf, type DerivedVerdict } from './verdict.ts';

export interface ReportView extends ReportEntry {
  sections: Section[];
  readingMinutes: number;
  /** Who the site credits for the report: "Washington Insider, citing BBC News for one section" (./attribution.ts). */
  credit: string;
}

/** A place in a report, resolved for display and linking. */
export interface Citation extends Source {
  reportTitle: string;
  outlet: string;
  /** Who makes the section's statements: the outlet, or the outlet citing another (./attribution.ts). */
  attribution: string;
  sectionTitle: string;
  href: string;
}

/** One report's account on a claim, with who says it, as the page names them, and the section it links to. */
export interface AccountView extends ClaimAccount {
  /** "In its own voice", "Citing BBC News", "According to Pavel Slunkin" (./attribution.ts). */
  speaker: string;
  citation: Citation;
}

/** A claim with the verdict its accounts give (./verdict.ts), and its accounts as the page shows them. */
export interface ClaimView extends Entry<Claim>, DerivedVerdict {
  accounts: AccountView[];
}

/** A country the freed prisoners went to, with each report's figure for it. */
export interface Destination {
  country: Entry<Country>;
  /** One per report that names the country as a destination, in the order of the reports. */
  figures: ReportFigure[];
  /** Every figure the content gives for it, in the content's order, each credited as its source credits it (./figures.ts). */
  rows: { figure: DestinationFigure; citation: FigureCitation }[];
}

/** The entries of each collection, as the pages get them. */
export interface Collections {
  reports: ReportView[];
  people: Entry<Person>[];
  countries: Entry<Country>[];
  sanctions: Entry<Sanction>[];
  /** In their `order`, each with its derived verdict. */
  claims: ClaimView[];
  /** Oldest first. */
  events: SiteContent['events'];
}

export interface SiteModel extends Collections {
  /** The content folder, as messages name it. */
  dir: string;
  /** The site's own words, from site.yaml. */
  text: SiteText;
  /** The countries the freed prisoners went to, the largest figure any report gives first. */
  destinations: Destination[];
  /** The sanctions whose lifting a report says was announced, then the others (SANCTION_CHANGE). */
  /** The sanctions by what the reports say of their change; `target` where every set in a group has the same one, said once for the group. */
  sanctionsByChange: { change: keyof typeof SANCTION_CHANGE; label: string; sanctions: Entry<Sanction>[]; target?: string }[];
  peopleByGroup: { group: keyof typeof PERSON_GROUPS; label: string; people: Entry<Person>[] }[];
  get<K extends keyof Collections>(collection: K, id: string): Collections[K][number];
  cite(source: Source): Citation;
  /** Every section, in any report, whose own report's words name or quote the person, by any spelling (not an aside on another report). */
  mentionsOf(personId: string): Citation[];
  /** The claims that concern the person. */
  claimsAbout(personId: string): ClaimView[];
  /** How each report spells the person's name, when the reports do not all spell it alike. */
  spellingDifferences(personId: string): { spellings: string[]; outlets: string[] }[];
  /** A quotation of a report by its id, with who said it and the name its link is told apart by. */
  quotation(reportId: string, quotationId: string): QuotationView;
}

export interface QuotationView extends Quotation {
  /** The speaker's name: the person's, or the `source` the MDX gives. */
  speaker: string;
  /** Who said it and how it begins: "John Coale: “As relations between the two…”". */
  title: string;
}

export const reportHref = (reportId: string) => `/reports/${reportId}/`;
export const personHref = (personId: string) => `/people/${personId}/`;

export function buildModel(content: SiteContent): SiteModel {
  const reports: ReportView[] = content.reports.map((r) => ({
    ...r,
    sections: r.body.sections,
    readingMinutes: readingMinutes(r.body),
    credit: reportByline(r),
  }));
  // "2020" sorts before "2020-08" and "2025-12" before "2025-12-13": ISO dates order as text.
  const events = [...content.events].sort(
    (a, b) => a.data.when.localeCompare(b.data.when) || a.data.order - b.data.order,
  );
  // Claims are filled in below, once sections can be cited.
  const claims: ClaimView[] = [];
  const all: Collections = { reports, people: content.people, countries: content.countries, sanctions: content.sanctions, claims, events };

  // Each collection indexed by id: pages look entries up once per citation, and a scan per
  // lookup made the cost of building the site grow with the square of the number of reports.
  const byId = Object.fromEntries(
    Object.entries(all).map(([collection, entries]) => [
      collection,
      new Map((entries as Entry<unknown>[]).map((e) => [e.id, e])),
    ]),
  ) as Record<keyof Collections, Map<string, Entry<unknown>>>;
  const sectionsById = new Map(reports.map((r) => [r.id, new Map(r.sections.map((s) => [s.id, s]))]));

  function get<K extends keyof Collections>(collection: K, id: string): Collections[K][number] {
    const entry = byId[collection].get(id);
    // The checks have already proved every id resolves; reaching this is a bug in a page.
    if (!entry) throw new Error(`No ${collection} entry "${id}"`);
    return entry as Collections[K][number];
  }

  function cite(source: Source): Citation {
    const report = get('reports', source.report) as ReportView;
    const section = sectionsById.get(report.id)?.get(source.section);
    if (!section) throw new Error(`Report "${source.report}" has no section "${source.section}"`);
    return {
      // The report and section alone: a figure passed in as its source must not carry its evidence onto the page.
      report: source.report,
      section: source.section,
      reportTitle: report.data.title,
      outlet: report.data.outlet,
      attribution: attributionOf(report, section.id),
      sectionTitle: section.title,
      href: `${reportHref(report.id)}#${section.id}`,
    };
  }

  claims.push(
    ...[...content.claims]
      .sort((a, b) => a.data.order - b.data.order)
      .map((c): ClaimView => ({
        ...c,
        ...verdictOf(c.data.accounts),
        accounts: c.data.accounts.map((a) => ({ ...a, speaker: speakerOf(get('reports', a.report), a.by, content.people), citation: cite(a) })),
      })),
  );
  for (const c of claims) byId.claims.set(c.id, c);

  const spellingsOf = (personId: string) => {
    const { name, aliases } = (get('people', personId) as Entry<Person>).data;
    return [name, ...aliases];
  };

  function mentionsOf(personId: string): Citation[] {
    // Any spelling, or the surname alone, as a whole word: "Lukashenko", "Lukašenko".
    const spellings = spellingsOf(personId).flatMap((n) => [n, n.split(' ').at(-1)!]);
    const named = new RegExp(`(?<![\\p{L}])(?:${spellings.map(RegExp.escape).join('|')})(?![\\p{L}])`, 'u');
    // The section's own report's words only: an <OtherReport> aside retells another report, which may name someone
    // this report's passage does not, and the reader sent to the section would not find them in it.
    const mentions = (s: Section) =>
      s.ownPeople.includes(personId) ||
      s.quotations.some((q) => q.by === personId) ||
      named.test([s.prose, ...s.quotations.map((q) => q.text)].join('\n'));
    return reports.flatMap((r) => r.sections.filter(mentions).map((s) => cite({ report: r.id, section: s.id })));
  }

  function claimsAbout(personId: string): ClaimView[] {
    return claims.filter((c) => c.data.people.includes(personId));
  }

  function spellingDifferences(personId: string) {
    const all = spellingsOf(personId);
    const byReport = reports.map((r) => {
      const text = r.sections.map((s) => s.text).join('\n');
      const found = all.filter((n) => text.includes(n));
      // "Tikhanovskaya" alone adds nothing where "Svetlana Tikhanovskaya" is there too.
      const spellings = found.filter((n) => !found.some((other) => other !== n && other.includes(n)));
      return { outlet: r.data.outlet, spellings };
    });
    // One entry per way of spelling it, with every outlet that writes it so: it does not grow with the reports.
    const bySpelling = new Map<string, { spellings: string[]; outlets: string[] }>();
    for (const { outlet, spellings } of byReport.filter((r) => r.spellings.length)) {
      const key = spellings.join('|');
      const entry = bySpelling.get(key) ?? bySpelling.set(key, { spellings, outlets: [] }).get(key)!;
      if (!entry.outlets.includes(outlet)) entry.outlets.push(outlet);
    }
    return bySpelling.size > 1 ? [...bySpelling.values()] : [];
  }

  function quotation(reportId: string, quotationId: string): QuotationView {
    const q = (get('reports', reportId) as ReportView).sections.flatMap((s) => s.quotations).find((q) => q.id === quotationId);
    if (!q) throw new Error(`Report "${reportId}" has no quotation "${quotationId}"`);
    const speaker = q.by ? (get('people', q.by) as Entry<Person>).data.name : q.source!;
    const opening = q.text.split(' ').slice(0, 6).join(' ');
    return { ...q, speaker, title: `${speaker}: “${opening}${opening.length < q.text.length ? '…' : ''}”` };
  }

  // Who each figure is credited to: its section's outlets, then whoever the source credits the words giving its number to.
  const sources = searchableSources(content);
  function citeFigure(figure: DestinationFigure): FigureCitation {
    const report = get('reports', figure.report) as ReportView;
    const cited = [...new Set([...creditsOf(report, figure.section), ...sourceCreditsOf(sources.get(report.id)!, numberWords(figure))])];
    return { ...cite(figure), cited, attribution: citing(report.data.outlet, cited) };
  }
  const destinations = content.countries
    .filter((c) => c.data.destination?.length)
    .map((country) => ({
      country,
      figures: reports.flatMap((r) => figureOf(country, r, citeFigure) ?? []),
      // Of the model's reports, as `figures` are.
      rows: country.data.destination!.filter((f) => byId.reports.has(f.report)).map((figure) => ({ figure, citation: citeFigure(figure) })),
    }));
  const largest = (d: Destination) => Math.max(0, ...d.figures.map((f) => f.count ?? 0));
  destinations.sort((a, b) => largest(b) - largest(a));

  const changeOf = (s: Entry<Sanction>): keyof typeof SANCTION_CHANGE => (s.data.change ? 'lifting-announced' : 'no-lifting-reported');
  const sanctionsByChange = Object.entries(SANCTION_CHANGE).map(([change, label]) => {
    const sanctions = content.sanctions.filter((s) => changeOf(s) === change);
    const targets = new Set(sanctions.map((s) => s.data.target));
    return {
      change: change as keyof typeof SANCTION_CHANGE,
      label,
      sanctions,
      ...(sanctions.length > 1 && targets.size === 1 && { target: sanctions[0].data.target }),
    };
  });
  const peopleByGroup = Object.entries(PERSON_GROUPS).map(([group, label]) => ({
    group: group as keyof typeof PERSON_GROUPS,
    label,
    people: content.people.filter((p) => p.data.group === group),
  }));

  return {
    dir: content.dir,
    text: content.site,
    ...all,
    destinations,
    sanctionsByChange,
    peopleByGroup,
    get,
    cite,
    mentionsOf,
    claimsAbout,
    spellingDifferences,
    quotation,
  };
}

/** The sanctions of one group, from the model's one grouping. */
export const sanctionsWith = (site: SiteModel, change: keyof typeof SANCTION_CHANGE) =>
  site.sanctionsByChange.find((g) => g.change === change)!.sanctions;
