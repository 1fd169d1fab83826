/**
 * Checks what site.yaml puts first (what happened, what is still open, the
 * differences, the people at the centre) against the rest of the content:
 * every id resolves, and each difference the home page lists under "Where the
 * reports differ" is a claim the reports differ on, listed once.
 */
import type { SiteContent } from '../load/content.ts';
import { verdictOf } from '../model/verdict.ts';

export function frontPageProblems(content: SiteContent): string[] {
  const file = `${content.dir}/site.yaml`;
  const problems: string[] = [];
  const reports = new Set(content.reports.map((r) => r.id));
  const claims = new Map(content.claims.map((c) => [c.id, c]));
  const people = new Set(content.people.map((p) => p.id));

  const statements = [
    ...content.site.whatHappened.map((s, i) => [`whatHappened[${i}]`, s] as const),
    ...content.site.stillOpen.map((s, i) => [`stillOpen[${i}]`, s] as const),
    ...content.site.differences.map((d, i) => [`differences[${i}].line`, d.line] as const),
  ];
  for (const [field, s] of statements) {
    if ('report' in s && !reports.has(s.report)) problems.push(`${file}: ${field}.report: no report "${s.report}" in ${content.dir}/reports/; correct the id`);
  }

  const seen = new Set<string>();
  content.site.differences.forEach(({ claim }, i) => {
    const entry = claims.get(claim);
    if (!entry) problems.push(`${file}: differences[${i}].claim: no claim "${claim}"; add ${content.dir}/claims/${claim}.yaml or correct the id`);
    else if (verdictOf(entry.data.accounts).verdict !== 'differ') {
      problems.push(`${file}: differences[${i}].claim: the reports do not differ on "${claim}" (its verdict is ${verdictOf(entry.data.accounts).verdict}); list only claims they differ on`);
    }
    if (seen.has(claim)) problems.push(`${file}: differences[${i}].claim: "${claim}" is listed twice`);
    seen.add(claim);
  });

  const centre = new Set<string>();
  content.site.atTheCentre.forEach((id, i) => {
    if (!people.has(id)) problems.push(`${file}: atTheCentre[${i}]: no person "${id}"; add ${content.dir}/people/${id}.yaml or correct the id`);
    if (centre.has(id)) problems.push(`${file}: atTheCentre[${i}]: "${id}" is listed twice`);
    centre.add(id);
  });
  return problems;
}
