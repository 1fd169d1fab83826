/**
 * Where a report is not consistent with itself (a report's `tensions`): each is a statement, checked
 * like the others against its own report's source, citing sections the report has; the model gives
 * them to the report's page and to /compare/ (src/lib/model/tensions.ts).
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { reportsInTension, tensionsOf } from '../../src/lib/model/tensions.ts';
import { statementsOf } from '../../src/lib/check/evidence/statements.ts';
import { contentProblems } from '../../src/lib/check/index.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
const site = buildModel(content);
const inTension = content.reports.filter((r) => r.data.tensions.length);

describe('tensions', () => {
  it('are set out for the real reports, so these tests can fail', () => expect(inTension.length).toBeGreaterThan(0));

  it('are statements, each resting on its own report’s words', () => {
    const checked = statementsOf(content).statements.filter((s) => /^tensions\[\d+\]$/.test(s.field));
    expect(checked.length).toBe(inTension.flatMap((r) => r.data.tensions).length);
    for (const s of checked) expect(s.evidence.length).toBeGreaterThan(0);
  });

  it('are refused where they drop a hedge or a credit of their evidence, at their line', () => {
    const c = structuredClone(content);
    const report = c.reports.find((r) => r.id === inTension[0].id)!;
    report.data.tensions[0].text = 'The report says one thing, then another.';
    const problems = contentProblems(c).filter((p) => p.includes(': tensions[0]: '));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(new RegExp(`^${RegExp.escape(report.filePath)}:\\d+: tensions\\[0\\]: its evidence “`));
  });

  it('are refused where they cite a section the report does not have', () => {
    const c = structuredClone(content);
    const report = c.reports.find((r) => r.id === inTension[0].id)!;
    report.data.tensions[0].sections.push('no-such-section');
    const j = report.data.tensions[0].sections.length - 1;
    expect(contentProblems(c)).toContain(`${report.filePath}: tensions[0].sections[${j}].section: report "${report.id}" has no section "no-such-section"; use one of its {#id}s`);
  });

  it('are given to each report’s page and to /compare/ with links to their sections', () => {
    expect(reportsInTension(site).map((r) => r.report.id)).toEqual(inTension.map((r) => r.id));
    for (const r of site.reports) {
      const tensions = tensionsOf(site, r);
      expect(tensions.map((t) => t.text)).toEqual(r.data.tensions.map((t) => t.text));
      tensions.forEach((t, i) => expect(t.citations.map((c) => c.href)).toEqual(r.data.tensions[i].sections.map((s) => `/reports/${r.id}/#${s}`)));
    }
  });
});
