/**
 * The evidence checks: every statement in the site's own voice rests on the
 * source words it retells (./statements.ts gathers them), and the build
 * refuses one whose evidence is not in the source, whose numbers are not in
 * its evidence, which drops a hedge or a credit, which says "quotes" of words
 * the source does not quote, or which rests on nothing; a heading giving a
 * number its section's evidence does not give (or dropping its hedge); and
 * evidence written for a field no check reads (one not marked fact()).
 */
import type { SiteContent } from '../../load/content.ts';
import { statementsOf } from './statements.ts';
import { searchableSources, sourceCreditProblems } from './sources.ts';
import { evidenceFoundProblems } from './found.ts';
import { numberProblems } from './numbers.ts';
import { creditProblems } from './credits.ts';
import { hedgeProblems } from './hedges.ts';
import { headingProblems } from './headings.ts';
import { quotingProblems } from './quoting.ts';
import { basisProblems, coverageProblems, unmarkedProblems } from './coverage.ts';

export function evidenceProblems(site: SiteContent): string[] {
  const { statements, uncovered, unmarked } = statementsOf(site);
  const sources = searchableSources(site);
  return [
    ...sourceCreditProblems(site),
    ...evidenceFoundProblems(statements, sources),
    ...numberProblems(statements),
    ...creditProblems(statements, sources),
    ...hedgeProblems(statements),
    ...headingProblems(site),
    ...quotingProblems(statements, sources),
    ...basisProblems(statements),
    ...unmarkedProblems(unmarked),
    // A site that requires it (site.yaml `requireEvidence`) refuses a statement resting on nothing.
    ...(site.site.requireEvidence ? coverageProblems(uncovered) : []),
  ];
}
