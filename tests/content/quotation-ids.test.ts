/**
 * src/lib/check/quotation-ids.ts: every quotation has an address, pinned in
 * the MDX, unique on its report's page; the build names the file and line of
 * one that has none, and says what to do.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { quotationIdProblems } from '../../src/lib/check/quotation-ids.ts';
import { contentProblems } from '../../src/lib/check/index.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { editBody } from '../support/edit-report.ts';

const content = loadContent(CONTENT);
const report = content.reports.find((r) => r.body.sections.some((s) => s.quotations.length > 1))!;
const [first, second] = report.body.sections.flatMap((s) => s.quotations);

/** The real content with the report's body changed by `edit`, and the problems found. */
const problemsWith = (edit: (body: string) => string) => {
  const c: SiteContent = structuredClone(content);
  editBody(c.reports.find((x) => x.id === report.id)!, edit);
  return quotationIdProblems(c);
};
/** The file's line of the quotation's opening tag. */
const lineOf = (q: typeof first) => `${report.filePath}:${q.line}`;
const tag = (id: string) => new RegExp(`(<Quote\\b[^>]*?)\\s+id="${id}"`);

describe('quotation ids', () => {
  it('every quotation of the real content and of the second event has one, unique on its page', () => {
    expect(quotationIdProblems(content)).toEqual([]);
    expect(quotationIdProblems(loadContent(join(ROOT, 'tests/fixtures/event')))).toEqual([]);
    for (const r of content.reports) for (const q of r.body.sections.flatMap((s) => s.quotations)) expect(q.id, `${r.id}:${q.line}`).toBeTruthy();
  });

  it('refuses a quotation without one, naming file and line, and saying what to do', () => {
    const problems = problemsWith((b) => b.replace(tag(first.id!), '$1'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(lineOf(first))}: the quotation “.+” has no id`));
    expect(problems[0]).toContain('pin one as <Quote … id="a-few-of-its-words">');
  });

  it('refuses the same id twice in a report', () => {
    const problems = problemsWith((b) => b.replace(tag(second.id!), `$1 id="${first.id}"`));
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(lineOf(second))}: quotation id "${first.id}" is already used on this report's page by the quotation “`)),
    ]);
  });

  it("refuses an id that a section of the report already has", () => {
    const section = report.body.sections[0];
    const problems = problemsWith((b) => b.replace(tag(first.id!), `$1 id="${section.id}"`));
    expect(problems).toEqual([
      `${lineOf(first)}: quotation id "${section.id}" is already used on this report's page by section "${section.title}" (line ${section.line}); give the quotation its own id`,
    ]);
  });

  it('refuses an id that is not lower-case-with-hyphens', () => {
    const problems = problemsWith((b) => b.replace(tag(first.id!), '$1 id="More Sanctions"'));
    expect(problems[0]).toMatch(/quotation id "More Sanctions" is not lower-case-with-hyphens/);
  });

  it('stops the build: the checks report it with the others', () => {
    const c: SiteContent = structuredClone(content);
    editBody(c.reports.find((x) => x.id === report.id)!, (b) => b.replace(tag(first.id!), '$1'));
    expect(contentProblems(c).join('\n')).toContain('has no id');
  });
});
