/**
 * Every quotation has an address: an id the editor pins in the MDX
 * (`<Quote by="coale" id="more-sanctions">`), which the page gives the
 * quotation, with a visible link to it, and which goes into the published
 * anchor list. The build refuses a quotation without one, an id that is not
 * lower-case-with-hyphens, and an id already taken on the report's page by a
 * section, an old section id kept in anchorAliases, or another quotation.
 */
import { id as idSchema } from '../load/schemas.ts';
import type { SiteContent } from '../load/content.ts';

const WHAT_TO_DO = 'pin one as <Quote … id="a-few-of-its-words">, and never change it once published';

export function quotationIdProblems(site: SiteContent): string[] {
  const problems: string[] = [];
  for (const { filePath, body: { sections }, data } of site.reports) {
    const at = (line: number) => `${filePath}:${line}`;
    // Every id the report's body gives its page, and where, for the message.
    const taken = new Map<string, string>([
      ...sections.map((s) => [s.id, `section "${s.title}" (line ${s.line})`] as const),
      ...Object.keys(data.anchorAliases).map((a) => [a, 'an old section id in anchorAliases'] as const),
    ]);
    for (const q of sections.flatMap((s) => s.quotations)) {
      const shown = `“${q.text.length > 40 ? `${q.text.slice(0, 37)}…` : q.text}”`;
      if (!q.id) {
        problems.push(`${at(q.line)}: the quotation ${shown} has no id, so no address to link to; ${WHAT_TO_DO}`);
        continue;
      }
      if (!idSchema.safeParse(q.id).success) {
        problems.push(`${at(q.line)}: quotation id "${q.id}" is not lower-case-with-hyphens; ${WHAT_TO_DO}`);
        continue;
      }
      const other = taken.get(q.id);
      if (other) {
        problems.push(`${at(q.line)}: quotation id "${q.id}" is already used on this report's page by ${other}; give the quotation its own id`);
        continue;
      }
      taken.set(q.id, `the quotation ${shown} (line ${q.line})`);
    }
  }
  return problems;
}
