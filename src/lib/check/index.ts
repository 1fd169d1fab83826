/**
 * The third step of the pipeline: every rule that spans files, run on the
 * model. The build stops on the first problem list that is not empty.
 */
import { ContentError } from '../load/content';
import type { SiteModel } from '../model';
import { referenceProblems } from './references';
import { quotationProblems } from './quotations';
import { quotationIdProblems } from './quotation-ids';
import { frontPageProblems } from './front-page';

export function contentProblems(site: SiteModel): string[] {
  const references = [...referenceProblems(site), ...quotationIdProblems(site), ...frontPageProblems(site)];
  // Quotations name their speakers by id: check them once every id is known to resolve.
  return references.length ? references : quotationProblems(site);
}

/** Throws ContentError listing every problem, so that the build stops with all of them at once. */
export function assertSound(site: SiteModel): SiteModel {
  const problems = contentProblems(site);
  if (problems.length) throw new ContentError(problems);
  return site;
}
