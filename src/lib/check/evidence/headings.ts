/**
 * A heading says no more than its section: every number a report's `##` or
 * `###` heading gives is in the evidence of the section's statements (a
 * `##` section's `###` subsections included, and the other report's words in
 * an <OtherReport> there), and where that evidence gives the number only with
 * a hedge ("at least seven", "more than 3"), the heading keeps the hedge. A
 * heading is no <Statement> of its own: the section under it is its evidence.
 */
import type { SiteContent } from '../../load/content.ts';
import type { Section } from '../../load/report-body.ts';
import { hedgedFiguresIn, keepsHedge, numbersIn } from './text.ts';
import { short } from './sources.ts';

export function headingProblems(site: SiteContent): string[] {
  return site.reports.flatMap((report) =>
    report.body.sections.flatMap((section, i) => {
      const at = `${report.filePath}:${section.line}: section "${section.id}" heading`;
      const inSection = new Set(withSubsections(report.body.sections, i).map((s) => s.id));
      const evidence = report.body.statements.filter((s) => inSection.has(s.section)).flatMap((s) => s.evidence);
      // A site starting out, which does not yet require evidence (site.yaml `requireEvidence`), checks only the sections that carry some.
      if (!evidence.length && !site.site.requireEvidence) return [];
      const given = evidence.flatMap((words) => hedgedFiguresIn(words).map((figure) => ({ ...figure, from: words })));
      return [...new Set(numbersIn(section.title))].flatMap((n) => {
        const same = given.filter((g) => g.value === n);
        if (!same.length) {
          return [`${at}: the number ${n} is not in the evidence of its section's statements; give the source words that state it as a <Statement>'s evidence in the section, or correct the heading`];
        }
        // A mention of the number without a hedge, or with one the heading keeps, backs the heading.
        if (!same.every((g) => g.hedge && !keepsHedge(g.hedge, section.title))) return [];
        const [{ words, hedge, from }] = same;
        return [`${at}: its section's evidence gives ${n} as “${words}” (“${short(from)}”), a hedge the heading drops; keep “${hedge}” (or its like) in the heading`];
      });
    }),
  );
}

/** The section at `i` and, for a `##` section, the `###` sections under it. */
function withSubsections(sections: Section[], i: number): Section[] {
  const next = sections.findIndex((s, j) => j > i && s.depth <= sections[i].depth);
  return sections.slice(i, next < 0 ? undefined : next);
}
