/**
 * A report's headings say no number their section's evidence does not carry,
 * and keep the hedge where that evidence gives the number only hedged
 * (src/lib/check/evidence/headings.ts); a report's title and summary are
 * statements with evidence of their own, held by the number check. Broken
 * copies of the real content go through the whole pipeline, as the build
 * would read them; the scope of a section is shown on a report written here.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lineOf, loadContent, type ReportEntry } from '../../src/lib/load/content.ts';
import { readReportFile, type Section } from '../../src/lib/load/report-body.ts';
import { headingProblems } from '../../src/lib/check/evidence/headings.ts';
import { hedgedFiguresIn, numbersIn } from '../../src/lib/check/evidence/text.ts';
import { short } from '../../src/lib/check/evidence/sources.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

afterAll(removeContentCopies);

const content = loadContent(CONTENT);
const inContent = (report: ReportEntry) => relative(CONTENT, report.filePath);
/** The heading problems, and the file as they name it, of a copy of the content where `edit` has changed one report's MDX. */
function withReport(report: ReportEntry, edit: (mdx: string) => string) {
  const dir = contentCopy((d) => {
    const file = join(d, inContent(report));
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after, 'the edit changed the report').not.toBe(before);
    writeFileSync(file, after);
  });
  return { file: shown(dir, inContent(report)), problems: problemsOf(dir) };
}
const headings = (problems: string[]) => problems.filter((p) => / heading: /.test(p));
/** The report with `section`'s heading line written as `title`. */
const retitled = (section: Section, title: string) => (mdx: string) =>
  mdx
    .split('\n')
    .map((line, i) => (i + 1 === section.line ? `${'#'.repeat(section.depth)} ${title} {#${section.id}}` : line))
    .join('\n');
/** Every number given by the evidence of the section's own statements, with its hedge. */
const figuresOf = (report: ReportEntry, section: Section) =>
  report.body.statements
    .filter((s) => s.section === section.id)
    .flatMap((s) => s.evidence.flatMap((words) => hedgedFiguresIn(words).map((f) => ({ ...f, from: words }))));

describe('a heading', () => {
  const numbered = content.reports.flatMap((report) =>
    report.body.sections.filter((s) => /\d/.test(s.title)).map((section) => ({ report, section })),
  );

  it('with a number its section\'s evidence does not give is refused, at the heading\'s line', () => {
    expect(numbered.length, 'a heading written with a figure').toBeGreaterThan(0);
    const { report, section } = numbered[0];
    const n = numbersIn(section.title).find((v) => section.title.includes(String(v)))!;
    const given = new Set(figuresOf(report, section).map((f) => f.value));
    const wrong = [27, 150, 999].find((m) => !given.has(m))!;
    const { file, problems } = withReport(report, retitled(section, section.title.replace(String(n), String(wrong))));
    expect(headings(problems)).toEqual([
      `${file}:${section.line}: section "${section.id}" heading: the number ${wrong} is not in the evidence of its section's statements; ` +
        "give the source words that state it as a <Statement>'s evidence in the section, or correct the heading",
    ]);
  });

  it('that states a number its evidence gives only with a hedge is refused, and passes with the hedge', () => {
    // A section without subsections, whose evidence gives some number only hedged ("at least seven").
    const found = content.reports.flatMap((report) =>
      report.body.sections.flatMap((section, i) => {
        if ((report.body.sections[i + 1]?.depth ?? 0) > section.depth) return [];
        const figures = figuresOf(report, section);
        const hedged = figures.find((f) => f.hedge && figures.every((g) => g.value !== f.value || g.hedge === f.hedge));
        return hedged ? [{ report, section, hedged }] : [];
      }),
    );
    expect(found.length, 'a section whose evidence hedges a number').toBeGreaterThan(0);
    const { report, section, hedged } = found[0];
    const plain = withReport(report, retitled(section, `The figure ${hedged.value}`));
    expect(headings(plain.problems)).toEqual([
      `${plain.file}:${section.line}: section "${section.id}" heading: its section's evidence gives ${hedged.value} as “${hedged.words}” ` +
        `(“${short(hedged.from)}”), a hedge the heading drops; keep “${hedged.hedge}” (or its like) in the heading`,
    ]);
    expect(headings(withReport(report, retitled(section, `The figure: ${hedged.words}`)).problems)).toEqual([]);
  });

  it('of a section rests on its own statements, its subsections\', and the other report\'s inside <OtherReport>', () => {
    const body = [
      '## Two reactions, 114 in all {#reactions}',
      '### Ukraine {#ukraine}',
      '<Statement evidence="114 were taken to Ukraine">114 were taken to Ukraine.</Statement>',
      '### The talks, and 114 {#talks}',
      '<OtherReport report="other" section="s"><Statement evidence="after two days of talks">After two days of talks.</Statement></OtherReport>',
      '## Nine, and two days {#later}',
      '<Statement evidence="nine of the released prisoners">Nine of them.</Statement>',
    ].join('\n');
    const c = structuredClone(content);
    const report = c.reports[0];
    report.body = readReportFile(`---\ntitle: T\n---\n${body}\n`).body;
    const line = (id: string) => report.body.sections.find((s) => s.id === id)!.line;
    const refused = (id: string, n: number) =>
      `${report.filePath}:${line(id)}: section "${id}" heading: the number ${n} is not in the evidence of its section's statements; ` +
      "give the source words that state it as a <Statement>'s evidence in the section, or correct the heading";
    expect(headingProblems(c).filter((p) => p.startsWith(`${report.filePath}:`))).toEqual([refused('talks', 114), refused('later', 2)]);
  });
});

describe('a report\'s title and summary', () => {
  for (const field of ['title', 'summary'] as const) {
    it(`are held to the numbers of their evidence: ${field}`, () => {
      const report = content.reports.find((r) => /\d/.test(r.data[field]))!;
      expect(report, `a report whose ${field} gives a figure in digits`).toBeDefined();
      const n = numbersIn(report.data[field]).find((v) => report.data[field].includes(String(v)))!;
      const { file, problems } = withReport(report, (mdx) =>
        mdx.replace(`${field}: ${report.data[field]}`, `${field}: ${report.data[field].replace(String(n), String(n + 1))}`),
      );
      expect(problems).toContain(
        `${file}:${lineOf(report, ['evidence', field])}: ${field}: the number ${n + 1} is not in its evidence; add the source words that give it, or correct the number`,
      );
    });
  }
});
