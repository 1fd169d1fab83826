/**
 * Checks that every id the content uses names something that exists: the
 * countries, people, reports and report sections that entries point at.
 *
 * Astro's own `reference()` only logs a dangling reference and lets the build
 * succeed, so the site checks them itself: src/lib/site.ts throws with these
 * messages, which stops the build. Each message names the file and the field,
 * in a line an editor can act on.
 */
import type { Claim, Country, Event, Person, Report, Sanction, Source } from '../schemas';
import { parseReportBody, peopleIn, type Section } from './report-body';

export interface Entry<T> {
  id: string;
  /** The entry's file, relative to the project root, as Astro gives it. */
  filePath: string;
  data: T;
}
export interface ReportEntry extends Entry<Report> {
  body: string;
}
export interface SiteContent {
  reports: ReportEntry[];
  people: Entry<Person>[];
  countries: Entry<Country>[];
  sanctions: Entry<Sanction>[];
  claims: Entry<Claim>[];
  events: Entry<Event>[];
}

export function referenceProblems(content: SiteContent): string[] {
  const problems: string[] = [];
  const ids = {
    people: new Set(content.people.map((e) => e.id)),
    countries: new Set(content.countries.map((e) => e.id)),
    sanctions: new Set(content.sanctions.map((e) => e.id)),
  };
  const sectionsOf = new Map<string, Section[]>(
    content.reports.map((r) => [r.id, parseReportBody(r.body).sections]),
  );

  /** Records a problem unless `value` is the id of an entry in `collection`. */
  const expect = (file: string, field: string, value: string, collection: keyof typeof ids) => {
    const what = { people: 'person', countries: 'country', sanctions: 'sanction' }[collection];
    if (!ids[collection].has(value)) problems.push(`${file}: ${field}: no ${what} "${value}" in content/${collection}/`);
  };
  const expectSource = (file: string, field: string, { report, section }: Source) => {
    const sections = sectionsOf.get(report);
    if (!sections) problems.push(`${file}: ${field}.report: no report "${report}" in content/reports/`);
    else if (!sections.some((s) => s.id === section)) {
      problems.push(`${file}: ${field}.section: report "${report}" has no section "${section}"`);
    }
  };

  for (const { filePath, data } of content.people) {
    if (data.nationality) expect(filePath, 'nationality', data.nationality, 'countries');
  }

  for (const { filePath, data } of content.countries) {
    data.roles.forEach((role, i) =>
      role.sources.forEach((s, j) => expectSource(filePath, `roles[${i}].sources[${j}]`, s)),
    );
    data.destination?.forEach((figure, i) => expectSource(filePath, `destination[${i}]`, figure));
  }

  for (const { filePath, data } of content.sanctions) {
    expect(filePath, 'imposedBy', data.imposedBy, 'countries');
    if (data.change) expect(filePath, 'change.announcedBy', data.change.announcedBy, 'people');
    data.sources.forEach((s, i) => expectSource(filePath, `sources[${i}]`, s));
  }

  for (const { filePath, data } of content.claims) {
    data.accounts.forEach((a, i) => expectSource(filePath, `accounts[${i}]`, a));
    data.people.forEach((p, i) => expect(filePath, `people[${i}]`, p, 'people'));
  }

  for (const { filePath, data } of content.events) {
    data.sources.forEach((s, i) => expectSource(filePath, `sources[${i}]`, s));
  }

  for (const { id, filePath, data, body } of content.reports) {
    expectSource(filePath, 'released', { report: id, section: data.released.section });
    data.keyPoints.forEach((k, i) => expectSource(filePath, `keyPoints[${i}]`, { report: id, section: k.section }));
    data.people.forEach((p, i) => expect(filePath, `people[${i}]`, p, 'people'));
    data.countries.forEach((c, i) => expect(filePath, `countries[${i}]`, c, 'countries'));
    data.sanctions.forEach((s, i) => expect(filePath, `sanctions[${i}]`, s, 'sanctions'));
    problems.push(...bodyProblems(filePath, data, body, ids.people, expectSource));
  }
  return problems;
}

/** What is wrong in a report's body: unpinned headings, and names missing from its frontmatter. */
function bodyProblems(
  filePath: string,
  data: Report,
  body: string,
  people: Set<string>,
  expectSource: (file: string, field: string, source: Source) => void,
): string[] {
  const problems: string[] = [];
  const parsed = parseReportBody(body);
  for (const title of parsed.unpinnedHeadings) {
    problems.push(`${filePath}: heading "${title}" needs a pinned id, written as {#some-id} after it`);
  }
  for (const line of parsed.outsideSections) {
    problems.push(`${filePath}: "${line}" comes before the first heading, where no section can cite it`);
  }
  for (const [from, to] of Object.entries(data.anchorAliases)) {
    if (!parsed.sections.some((s) => s.id === to)) {
      problems.push(`${filePath}: anchorAliases.${from}: this report has no section "${to}"`);
    }
    if (parsed.sections.some((s) => s.id === from)) {
      problems.push(`${filePath}: anchorAliases.${from}: "${from}" is still a section id; an alias is for an id no longer used`);
    }
  }
  const seen = new Set<string>();
  const named = new Set<string>();
  for (const section of parsed.sections) {
    if (seen.has(section.id)) problems.push(`${filePath}: section id "${section.id}" is used twice`);
    seen.add(section.id);
    for (const p of peopleIn(section)) {
      named.add(p);
      if (!people.has(p)) problems.push(`${filePath}: section "${section.id}": no person "${p}" in content/people/`);
      else if (!data.people.includes(p)) {
        problems.push(`${filePath}: people: "${p}" is named in section "${section.id}" but missing from the list`);
      }
    }
    section.otherReports.forEach((o, i) => expectSource(filePath, `section "${section.id}": <OtherReport>[${i}]`, o));
  }
  for (const p of data.people) {
    if (people.has(p) && !named.has(p)) {
      problems.push(`${filePath}: people: "${p}" is listed but never named with <Person> or <Quote>`);
    }
  }
  return problems;
}

/** The error that stops the build, listing every problem at once. */
export function assertReferences(content: SiteContent): void {
  const problems = referenceProblems(content);
  if (problems.length) {
    throw new Error(`Content refers to entries that do not exist:\n  ${problems.join('\n  ')}`);
  }
}
