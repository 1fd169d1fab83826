/**
 * The pages' own words in site.yaml (the site's name, each page's description
 * and lede, the home page's title and headline) are statements like any other:
 * each rests on its evidence or an editor's basis, and the evidence checks
 * refuse them, naming site.yaml, the line and the field. Broken copies of the
 * real content go through the whole pipeline, as the build would read them.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { factFields, site as siteSchema } from '../../src/lib/load/schemas.ts';
import { PAGE_NAMES } from '../../src/lib/pages.ts';
import { statementsOf } from '../../src/lib/check/evidence/statements.ts';
import { evidenceProblems } from '../../src/lib/check/evidence/index.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

/** The fields of site.yaml itself (not of a page) that may state news: the name, the footer. */
const SITE_FACTS = factFields(siteSchema).filter((f) => !f.includes('.'));

afterAll(removeContentCopies);

const content = loadContent(CONTENT);
const summary = content.site.pages.summary;

/** A copy of the content whose site.yaml `edit` has changed, its text, and the problems the pipeline finds in it. */
function withSiteYaml(edit: (yaml: string) => string) {
  const dir = contentCopy((d) => {
    const file = join(d, 'site.yaml');
    const before = readFileSync(file, 'utf8');
    const after = edit(before);
    expect(after, 'the edit changed site.yaml').not.toBe(before);
    writeFileSync(file, after);
  });
  return { file: shown(dir, 'site.yaml'), yaml: readFileSync(join(dir, 'site.yaml'), 'utf8'), problems: problemsOf(dir) };
}

/** The line (from 1) of the first line matching each pattern in turn, each after the one before: a path into the YAML. */
function lineAt(yaml: string, ...steps: RegExp[]): number {
  const lines = yaml.split('\n');
  let i = -1;
  for (const step of steps) {
    i = lines.findIndex((l, j) => j > i && step.test(l));
    expect(i, `a line matching ${step}`).toBeGreaterThanOrEqual(0);
  }
  return i + 1;
}
const IN_SUMMARY = [/^pages:/, /^ {2}summary:/];

describe('site.yaml: a page field', () => {
  it('with a number its evidence does not give is refused, at the line of its evidence', () => {
    const { file, yaml, problems } = withSiteYaml((y) =>
      y.replace(`description: ${summary.description}`, `description: ${summary.description.replace('123', '124')}`),
    );
    const line = lineAt(yaml, ...IN_SUMMARY, /^ {4}evidence:/, /^ {6}description:/);
    expect(problems).toEqual([`${file}:${line}: pages.summary.description: the number 124 is not in its evidence; add the source words that give it, or correct the number`]);
  });

  it('with evidence not word for word in the source is refused', () => {
    const { file, yaml, problems } = withSiteYaml((y) =>
      // Washington Insider's words, not Al Jazeera's: Al Jazeera says "freed".
      y.replace(/( {2}summary:[\s\S]*?al-jazeera:\n {10}- )Belarus has freed 123 prisoners/, '$1Belarus has released 123 prisoners'),
    );
    const line = lineAt(yaml, ...IN_SUMMARY, /^ {4}evidence:/, /^ {6}description:/);
    const aj = content.reports.find((r) => r.id === 'al-jazeera')!;
    expect(problems).toEqual([
      `${file}:${line}: pages.summary.description: the evidence “Belarus has released 123 prisoners” is not word for word in ${aj.data.sourceFile} (al-jazeera); ` +
        'copy the source words it rests on (case, spacing, quotes and dashes may differ, nothing else)',
    ]);
  });

  it('with neither evidence nor basis is refused when evidence is required, and not when it is not', () => {
    expect(summary.basis.lede, 'the summary lede rests on a basis').toBeDefined();
    const dropBasis = (y: string) => y.replace(/( {2}summary:[\s\S]*?)\n {4}basis:\n {6}lede: [^\n]*/, '$1');
    const required = withSiteYaml(dropBasis);
    const line = lineAt(required.yaml, ...IN_SUMMARY, /^ {4}lede:/);
    expect(required.problems).toEqual([
      `${required.file}:${line}: pages.summary.lede: “${summary.lede}” carries no evidence; give the source words it rests on (README.md, "Evidence"), or an editor's note with its basis`,
    ]);
    expect(withSiteYaml((y) => dropBasis(y).replace(/^requireEvidence: true$/m, 'requireEvidence: false')).problems).toEqual([]);
  });

  it('with evidence or a basis for a field it does not have is refused', () => {
    const { file, yaml, problems } = withSiteYaml((y) => y.replace(/( {2}summary:[\s\S]*?\n {4}basis:\n {6})lede:/, '$1leed:'));
    expect(problems).toContain(`${file}:${lineAt(yaml, ...IN_SUMMARY, /^ {4}basis:/, /^ {6}leed:/)}: pages.summary.basis.leed: “(no field "leed" holds text)” carries no evidence; give the source words it rests on (README.md, "Evidence"), or an editor's note with its basis`);
  });

  it('each one marked fact(), and the site\'s name and footer, loses its evidence or basis and is refused', () => {
    const fields = [
      ...SITE_FACTS.map((name) => ({ under: [] as string[], name })),
      ...PAGE_NAMES.flatMap((page) => factFields(siteSchema.shape.pages.shape[page]).map((name) => ({ under: ['pages', page], name }))),
    ];
    const paths = fields.map((f) => [...f.under, f.name].join('.'));
    expect(paths).toEqual(expect.arrayContaining(['name', 'footer', 'pages.home.title', 'pages.home.headline', 'pages.home.description', 'pages.summary.lede']));
    // Other pages' titles are their names ("Who is who"): no fact.
    expect(paths).not.toContain('pages.people.title');
    for (const { under, name } of fields) {
      const c = structuredClone(content);
      const owner = under.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, c.site as never) as { evidence: Record<string, unknown>; basis: Record<string, unknown> };
      expect(owner.evidence[name] ?? owner.basis[name], `${[...under, name].join('.')} rests on something`).toBeDefined();
      delete owner.evidence[name];
      delete owner.basis[name];
      expect(evidenceProblems(c).join('\n')).toMatch(new RegExp(`${RegExp.escape(content.siteFile.filePath)}:\\d+: ${RegExp.escape([...under, name].join('.'))}: .* carries no evidence`));
    }
  });
});

describe('site.yaml: a page left out', () => {
  it('is named at `pages:`, with the words it needs', () => {
    for (const [page, words] of [
      ['search', 'a title, a description and a lede, the description and the lede each with its evidence or basis'],
      ['home', 'a title, a description and a headline, each with its evidence or basis'],
    ]) {
      const { file, yaml, problems } = withSiteYaml((y) => y.replace(new RegExp(`\\n {2}${page}:\\n(?: {4}.*\\n)*`), '\n'));
      expect(problems).toEqual([`${file}:${lineAt(yaml, /^pages:/)}: pages.${page}: expected this page's words: ${words}`]);
    }
  });
});

describe('the pages of both content folders', () => {
  const fixture = loadContent(join(ROOT, 'tests/fixtures/event'));
  for (const [folder, site] of [['content', content], ['tests/fixtures/event', fixture]] as const) {
    it(`${folder}: every page field, the name and the footer rest on evidence or a basis, and pass every evidence check`, () => {
      const { statements, uncovered } = statementsOf(site);
      const own = (field: string) => SITE_FACTS.includes(field) || field.startsWith('pages.');
      expect(uncovered.filter((u) => own(u.field))).toEqual([]);
      const pageStatements = statements.filter((s) => own(s.field));
      expect(pageStatements.length).toBe(SITE_FACTS.length + PAGE_NAMES.reduce((n, p) => n + factFields(siteSchema.shape.pages.shape[p]).length, 0));
      expect(evidenceProblems(site)).toEqual([]);
    });
  }
});
