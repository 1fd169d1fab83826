/**
 * The reports the bench and the build tests generate (scripts/lib/generate-reports.ts):
 * each must be one an editor could have written, with its own source text,
 * id, title, headings and text, and pass every check the real content passes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { contentCopy, problemsOf, removeContentCopies } from '../support/problems.ts';
import { generateReports } from '../../scripts/lib/generate-reports.ts';

const TOTAL = 12;
let ids: string[] = [];
const dir = contentCopy((d) => (ids = generateReports(d, TOTAL)));
afterAll(removeContentCopies);
const content = loadContent(dir);
const generated = content.reports.filter((r) => ids.includes(r.id));
const distinct = <T>(values: T[]) => new Set(values).size === values.length;

describe('generated reports', () => {
  it('fill the site to the number asked for', () => {
    expect(content.reports).toHaveLength(TOTAL);
    expect(generated.length).toBeGreaterThan(0);
  });
  it('pass every check the real content passes', () => expect(problemsOf(dir)).toEqual([]));
  it('each have a source text of their own, unlike any other', () => {
    expect(distinct(content.reports.map((r) => r.data.sourceFile))).toBe(true);
    expect(distinct(content.reports.map((r) => r.sourceText))).toBe(true);
  });
  it('each have their own outlet, title, headings and text', () => {
    type Report = (typeof content.reports)[number];
    const own: Record<string, (r: Report) => string> = {
      outlet: (r) => r.data.outlet,
      title: (r) => r.data.title,
      headings: (r) => r.body.sections.map((s) => s.title).join('\n'),
      text: (r) => r.body.sections.map((s) => s.prose).join('\n'),
    };
    for (const [what, pick] of Object.entries(own)) expect(distinct(content.reports.map(pick)), what).toBe(true);
  });
  it('cite their own sections and rest their evidence on their own source', () => {
    for (const r of generated) {
      const evidenced = Object.values(r.data.evidence).flatMap((byReport) => Object.keys(byReport));
      expect(new Set(evidenced), r.id).toEqual(new Set([r.id]));
      const cited = Object.values(r.data.cites).flat().map((c) => c.report);
      expect(new Set(cited), r.id).toEqual(new Set([r.id]));
    }
  });
});
