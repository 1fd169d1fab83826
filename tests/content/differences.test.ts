/**
 * src/lib/check/differences.ts: each difference the home page lists rests on the reports' words, so
 * that the evidence checks hold its credits and hedges; on the real content, the second event, and a
 * line resting on a basis.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { differenceProblems } from '../../src/lib/check/differences.ts';
import { creditProblems } from '../../src/lib/check/evidence/credits.ts';
import { statementsOf } from '../../src/lib/check/evidence/statements.ts';
import { searchableSources } from '../../src/lib/check/evidence/sources.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);

describe('a difference rests on the words of the reports it compares', () => {
  it.each([CONTENT, join(ROOT, 'tests/fixtures/event')])('holds for %s', (dir) => expect(differenceProblems(loadContent(dir))).toEqual([]));

  it("refuses a line resting on an editor's basis, naming the file, line and field", () => {
    const c = structuredClone(content);
    c.site.differences[0].line = { text: c.site.differences[0].line.text, basis: 'The claim on /compare/.' };
    expect(differenceProblems(c)).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(c.siteFile.filePath)}:\\d+: differences\\[0\\]\\.line: rests on an editor's basis`)),
    ]);
  });

  it('so the credit check holds each line: one that drops whom its report credits is refused', () => {
    const { statements } = statementsOf(content);
    const lines = statements.filter((s) => s.field.startsWith('differences['));
    expect(lines.length).toBe(content.site.differences.length);
    // Each line without the words that name whom it credits: where its evidence is credited to someone, refused.
    const stripped = lines.map((s) => ({ ...s, text: 'The reports differ.' }));
    expect(creditProblems(stripped, searchableSources(content)).length).toBeGreaterThan(0);
    expect(creditProblems(lines, searchableSources(content))).toEqual([]);
  });
});
