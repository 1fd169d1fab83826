/**
 * A report's former ids (`formerIds`, README "Move a report"): the check that
 * refuses one that is a report's id now or is listed twice, naming the file,
 * the line and the field (src/lib/check/former-ids.ts), on copies of the real
 * content whose frontmatter is edited as an editor would; and the model's page
 * at each old address (src/lib/model/moved.ts), on the real content with a
 * report given former ids.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { movedPages } from '../../src/lib/model/moved.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

afterAll(removeContentCopies);

const reports = loadContent(CONTENT).reports;
const [first, last] = [reports[0], reports.at(-1)!];
const fileOf = (id: string) => `reports/${id}.mdx`;

/**
 * A copy of the content with each named report's `formerIds` set to the list given (the line replaced, or
 * written first in the frontmatter); its problems, and the line each report's list is on.
 */
function withFormerIds(lists: Record<string, string>) {
  const lines: Record<string, number> = {};
  const dir = contentCopy((copy) => {
    for (const [id, list] of Object.entries(lists)) {
      const file = join(copy, fileOf(id));
      const text = readFileSync(file, 'utf8');
      const edited = /^formerIds:.*$/m.test(text) ? text.replace(/^formerIds:.*$/m, `formerIds: ${list}`) : text.replace(/^---\n/, `---\nformerIds: ${list}\n`);
      writeFileSync(file, edited);
      lines[id] = edited.split('\n').indexOf(`formerIds: ${list}`) + 1;
    }
  });
  return { dir, problems: problemsOf(dir), at: (id: string) => `${shown(dir, fileOf(id))}:${lines[id]}` };
}

describe('a former id', () => {
  it.skipIf(reports.length < 2)('is refused when it is another report’s id now, naming the file, the line and the field', () => {
    const { dir, problems, at } = withFormerIds({ [first.id]: `[an-old-id, ${last.id}]` });
    expect(problems).toEqual([
      `${at(first.id)}: formerIds[1]: "${last.id}" is the id of ${shown(dir, fileOf(last.id))}, whose page is at that address; remove it, or correct the id`,
    ]);
  });

  it('is refused when it is the report’s own id', () => {
    const { dir, problems, at } = withFormerIds({ [first.id]: `[${first.id}]` });
    expect(problems).toEqual([`${at(first.id)}: formerIds[0]: "${first.id}" is this report's own id; list only the ids it had before`]);
  });

  it('is refused when listed twice in one report', () => {
    const { dir, problems, at } = withFormerIds({ [first.id]: '[an-old-id, an-old-id]' });
    expect(problems).toEqual([
      `${at(first.id)}: formerIds[1]: "an-old-id" is already listed in this report; an old address sends its readers to one report: remove one`,
    ]);
  });

  it.skipIf(reports.length < 2)('is refused when two reports list it', () => {
    const { dir, problems, at } = withFormerIds({ [first.id]: '[an-old-id]', [last.id]: '[an-old-id]' });
    expect(problems).toEqual([
      `${at(last.id)}: formerIds[0]: "an-old-id" is already listed by ${shown(dir, fileOf(first.id))}; an old address sends its readers to one report: remove one`,
    ]);
  });

  it('that is no report’s id and listed once is sound', () => {
    expect(withFormerIds({ [first.id]: '[an-old-id, another-old-id]' }).problems).toEqual([]);
  });
});

describe('the page at a former address', () => {
  /** The model of the real content with `edit` made to the first report. */
  const modelWith = (edit: (report: (typeof reports)[number]) => void) => {
    const content = structuredClone(loadContent(CONTENT));
    edit(content.reports[0]);
    return buildModel(content);
  };

  it('is one for each former id, listing every section and quotation of the report at its address now', () => {
    const site = modelWith((r) => (r.data.formerIds = ['an-old-id', 'another-old-id']));
    const moved = movedPages(site).filter((m) => m.report.id === first.id);
    expect(moved.map((m) => m.path)).toEqual(['/reports/an-old-id/', '/reports/another-old-id/']);
    for (const m of moved) {
      expect(m.to).toBe(`/reports/${first.id}/`);
      expect(m.sections.map((s) => s.href)).toEqual(first.body.sections.map((s) => `${m.to}#${s.id}`));
      expect(m.sections.flatMap((s) => s.quotations.map((q) => q.href))).toEqual(
        first.body.sections.flatMap((s) => s.quotations.map((q) => `${m.to}#${q.id}`)),
      );
    }
  });

  it('keeps a renamed section’s old id with the section it names now', () => {
    const section = first.body.sections.at(-1)!;
    const site = modelWith((r) => {
      r.data.formerIds = ['an-old-id'];
      r.data.anchorAliases = { ...r.data.anchorAliases, 'its-old-name': section.id };
    });
    const moved = movedPages(site).find((m) => m.report.id === first.id)!;
    expect(moved.sections.find((s) => s.id === section.id)!.aliases).toContain('its-old-name');
    expect(moved.sections.filter((s) => s.aliases.includes('its-old-name'))).toHaveLength(1);
  });
});
