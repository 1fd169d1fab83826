/**
 * src/lib/check/quotations.ts: the build refuses a quotation that is not word
 * for word in its report's source, or whose speaker the source does not name
 * beside it, in whichever form the MDX writes it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { quotationProblems } from '../../src/lib/check/quotations.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { editBody } from '../support/edit-report.ts';

const content = loadContent(CONTENT);
const problemsWith = (edit: (c: SiteContent) => void) => {
  const c = structuredClone(content);
  edit(c);
  return quotationProblems(c);
};
const quotationsOf = (r: (typeof content.reports)[number]) => r.body.sections.flatMap((s) => s.quotations);
/** The first report whose body quotes a person on the site, and one of its quotations. */
const report = content.reports.find((r) => quotationsOf(r).some((q) => q.by))!;
const quoted = quotationsOf(report).find((q) => q.by)!;
const other = content.people.find((p) => p.id !== quoted.by)!;
const append = (mdx: string) => (c: SiteContent) => editBody(c.reports.find((r) => r.id === report.id)!, (b) => `${b}\n${mdx}\n`);

describe('quotations in the build', () => {
  it('finds none wrong in the real content', () => expect(quotationProblems(content)).toEqual([]));

  it('accepts typographic variants of the source (here a straight apostrophe for its curly one), not other words', () => {
    const source = content.reports.find((r) => r.sourceText.includes('Russia’s war'))!;
    const keyPoint = (phrase: string) => (c: SiteContent) => (c.reports.find((r) => r.id === source.id)!.data.keyPoints[0].text += ` It spoke of “${phrase}”.`);
    expect(problemsWith(keyPoint("Russia's war in Ukraine"))).toEqual([]);
    expect(problemsWith(keyPoint("Russia's war on Ukraine"))).toHaveLength(1);
  });

  it.each([
    ['on one line', `<Quote by="${quoted.by}">We will lift every sanction tomorrow</Quote>`],
    ['over several lines', `<Quote by="${quoted.by}">\nWe will lift every sanction tomorrow\n</Quote>`],
    ['with its attributes quoted otherwise', `<Quote by='${quoted.by}'>We will lift every sanction tomorrow</Quote>`],
  ])('refuses invented words written %s, naming file, line and words', (_, mdx) => {
    const problems = problemsWith(append(mdx));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(report.filePath)}:\\d+: “We will lift every sanction tomorrow” is not word for word in ${RegExp.escape(report.data.sourceFile)}`));
  });

  it('refuses true words credited to someone the source does not name beside them', () => {
    const problems = problemsWith(append(`<Quote by="${other.id}">${quoted.text}</Quote>`));
    expect(problems.join('\n')).toContain(`is not said by "${other.id}" in ${report.data.sourceFile}`);
  });

  it('refuses a curly-quoted phrase in a key point that the source does not hold', () => {
    const problems = problemsWith((c) => (c.reports.find((r) => r.id === report.id)!.data.keyPoints[0].text += ' He called it “a total triumph”.'));
    expect(problems).toEqual([`${report.filePath}: keyPoints[0]: “a total triumph” is in quotation marks but not word for word in ${report.data.sourceFile}`]);
  });

  it("refuses a claim's quote that its report does not hold", () => {
    const claim = content.claims.find((c) => c.data.accounts.some((a) => a.quote))!;
    const problems = problemsWith((c) => {
      const account = c.claims.find((k) => k.id === claim.id)!.data.accounts.find((a) => a.quote)!;
      account.quote = 'words nobody wrote';
    });
    expect(problems.join('\n')).toMatch(new RegExp(`^${RegExp.escape(claim.filePath)}: accounts\\[\\d+\\]\\.quote: “words nobody wrote” is not word for word`, 'm'));
  });
});
