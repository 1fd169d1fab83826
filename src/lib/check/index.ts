/**
 * The second step of the pipeline: every rule that spans files or reads a
 * report's body, run on the loaded content before the model is built, so that
 * the model can assume sound input. The build stops with every problem found.
 */
import { ContentError, type SiteContent } from '../load/content.ts';
import { markupProblems } from './markup.ts';
import { referenceProblems } from './references.ts';
import { quotationProblems } from './quotations.ts';
import { quotationIdProblems } from './quotation-ids.ts';
import { evidenceProblems } from './evidence/index.ts';
import { frontPageProblems } from './front-page.ts';
import { claimProblems } from './claims.ts';
import { reportFormerIdProblems } from './former-ids.ts';
import { datingQuoteProblems } from './dating-quotes.ts';
import { sanctionDateProblems } from './sanction-dates.ts';
import { differenceProblems } from './differences.ts';
import { countryRoleProblems } from './country-roles.ts';

export function contentProblems(content: SiteContent): string[] {
  const structure = [...markupProblems(content), ...referenceProblems(content), ...quotationIdProblems(content), ...reportFormerIdProblems(content), ...frontPageProblems(content), ...countryRoleProblems(content)];
  // Quotations name their speakers, and evidence its report, by id: check them once the markup is sound and every id resolves.
  return structure.length
    ? structure
    : [...quotationProblems(content), ...evidenceProblems(content), ...claimProblems(content), ...datingQuoteProblems(content), ...sanctionDateProblems(content), ...differenceProblems(content)];
}

/** Throws ContentError listing every problem, so that the build stops with all of them at once. */
export function assertSound(content: SiteContent): SiteContent {
  const problems = contentProblems(content);
  if (problems.length) throw new ContentError(problems);
  return content;
}
