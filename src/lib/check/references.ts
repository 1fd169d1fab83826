/**
 * Checks that every id the content uses names something that exists: the
 * countries, people, reports and report sections that entries point at, and
 * that the people each report's body names are in its list.
 *
 * Astro's own `reference()` only logs a dangling reference and lets the build
 * succeed, so the site checks them itself, on the loaded content (every body
 * is already read to its sections there). Each message names the file, the
 * field (and the line, for a report's body), in a line an editor can act on.
 */
import type { Source } from '../load/schemas.ts';
import type { ReportEntry, SiteContent } from '../load/content.ts';
import { peopleIn } from '../load/report-body.ts';

export function referenceProblems(site: SiteContent): string[] {
  const problems: string[] = [];
  const ids = {
    people: new Set(site.people.map((e) => e.id)),
    countries: new Set(site.countries.map((e) => e.id)),
    sanctions: new Set(site.sanctions.map((e) => e.id)),
  };
  const sectionsOf = new Map(site.reports.map((r) => [r.id, new Set(r.body.sections.map((s) => s.id))]));
  const WHAT = { people: 'person', countries: 'country', sanctions: 'sanction' } as const;

  /** Records a problem unless `value` is the id of an entry in `collection`. */
  const expect = (file: string, field: string, value: string, collection: keyof typeof ids) => {
    if (!ids[collection].has(value)) {
      problems.push(`${file}: ${field}: no ${WHAT[collection]} "${value}"; add ${site.dir}/${collection}/${value}.yaml or correct the id`);
    }
  };
  const expectSource = (file: string, field: string, { report, section }: Source) => {
    const sections = sectionsOf.get(report);
    if (!sections) problems.push(`${file}: ${field}.report: no report "${report}" in ${site.dir}/reports/; correct the id`);
    else if (!sections.has(section)) {
      problems.push(`${file}: ${field}.section: report "${report}" has no section "${section}"; use one of its {#id}s`);
    }
  };

  for (const { filePath, data } of site.people) {
    if (data.nationality) expect(filePath, 'nationality', data.nationality, 'countries');
  }
  for (const { filePath, data } of site.countries) {
    data.roles.forEach((role, i) => role.sources.forEach((s, j) => expectSource(filePath, `roles[${i}].sources[${j}]`, s)));
    data.destination?.forEach((figure, i) => expectSource(filePath, `destination[${i}]`, figure));
  }
  for (const { filePath, data } of site.sanctions) {
    expect(filePath, 'imposedBy', data.imposedBy, 'countries');
    if (data.change) expect(filePath, 'change.announcedBy', data.change.announcedBy, 'people');
    data.sources.forEach((s, i) => expectSource(filePath, `sources[${i}]`, s));
  }
  for (const { filePath, data } of site.claims) {
    data.accounts.forEach((a, i) => expectSource(filePath, `accounts[${i}]`, a));
    data.people.forEach((p, i) => expect(filePath, `people[${i}]`, p, 'people'));
  }
  for (const { filePath, data } of site.events) {
    data.sources.forEach((s, i) => expectSource(filePath, `sources[${i}]`, s));
  }
  for (const report of site.reports) {
    const { id, filePath, data } = report;
    expectSource(filePath, 'released', { report: id, section: data.released.section });
    data.keyPoints.forEach((k, i) => expectSource(filePath, `keyPoints[${i}]`, { report: id, section: k.section }));
    data.adds.forEach((k, i) => expectSource(filePath, `adds[${i}]`, { report: id, section: k.section }));
    data.tensions.forEach((t, i) => t.sections.forEach((section, j) => expectSource(filePath, `tensions[${i}].sections[${j}]`, { report: id, section })));
    data.people.forEach((p, i) => expect(filePath, `people[${i}]`, p, 'people'));
    data.countries.forEach((c, i) => expect(filePath, `countries[${i}]`, c, 'countries'));
    data.sanctions.forEach((s, i) => expect(filePath, `sanctions[${i}]`, s, 'sanctions'));
    problems.push(...bodyProblems(report, site.dir, ids.people, expectSource));
  }
  return problems;
}

/** What is wrong in a report's body: aliases of sections that do not exist, ids used twice, names missing from its list. */
function bodyProblems(
  { filePath, data, body: { sections } }: ReportEntry,
  dir: string,
  people: Set<string>,
  expectSource: (file: string, field: string, source: Source) => void,
): string[] {
  const problems: string[] = [];
  const at = (line: number) => `${filePath}:${line}`;
  for (const [from, to] of Object.entries(data.anchorAliases)) {
    if (!sections.some((s) => s.id === to)) {
      problems.push(`${filePath}: anchorAliases.${from}: this report has no section "${to}"`);
    }
    if (sections.some((s) => s.id === from)) {
      problems.push(`${filePath}: anchorAliases.${from}: "${from}" is still a section id; an alias is for an id no longer used`);
    }
  }
  const seen = new Set<string>();
  const named = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) problems.push(`${at(section.line)}: section id "${section.id}" is used twice; give each heading its own {#id}`);
    seen.add(section.id);
    for (const p of peopleIn(section)) {
      named.add(p);
      if (!people.has(p)) problems.push(`${filePath}: section "${section.id}": no person "${p}"; add ${dir}/people/${p}.yaml or correct the id`);
      else if (!data.people.includes(p)) {
        problems.push(`${filePath}: people: "${p}" is named in section "${section.id}" but missing from the list; add it`);
      }
    }
    section.otherReports.forEach((o, i) => expectSource(filePath, `section "${section.id}": <OtherReport>[${i}]`, o));
  }
  for (const p of data.people) {
    if (people.has(p) && !named.has(p)) {
      problems.push(`${filePath}: people: "${p}" is listed but never named with <Person> or <Quote>; name them or remove the id`);
    }
  }
  return problems;
}
