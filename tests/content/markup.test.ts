/**
 * src/lib/check/markup.ts: content is data. Each file under
 * tests/fixtures/invalid/mdx/ is one kind of markup or code a report must not
 * hold; its first line, {/* refused: … *\/}, gives words of the message. All
 * are added to one report, read as the loader reads it, and the checks must
 * name each at its own line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentError, loadContent } from '../../src/lib/load/content.ts';
import { contentProblems } from '../../src/lib/check/index.ts';
import { markupProblems } from '../../src/lib/check/markup.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { editBody, fileParts } from '../support/edit-report.ts';
import { contentCopy, removeContentCopies } from '../support/problems.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/invalid/mdx');
const content = loadContent(CONTENT);

afterAll(removeContentCopies);

describe('markup in a report', () => {
  it('the real content has none the check refuses', () => expect(markupProblems(content)).toEqual([]));

  it('is refused, each kind at its file and line, with what to do', () => {
    const c = structuredClone(content);
    const report = c.reports[0];
    let mdx = fileParts(report).body;
    const cases: { file: string; line: number; message: string }[] = [];
    for (const file of readdirSync(FIXTURES).sort()) {
      const text = readFileSync(join(FIXTURES, file), 'utf8');
      const message = /^\{\/\* refused: (.+?) \*\/\}\n/.exec(text)?.[1];
      if (!message) throw new Error(`${file} must start with {/* refused: <message> */}`);
      // A blank line before each, so each starts a paragraph; its second line is the bad one.
      const line = (fileParts(report).frontmatter + mdx).split('\n').length + 2;
      mdx += `\n${text}`;
      cases.push({ file, line, message });
    }
    editBody(report, () => mdx);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const problems = contentProblems(c);
    for (const { file, line, message } of cases) {
      const at = `${report.filePath}:${line}:`;
      expect(problems.find((p) => p.startsWith(at) && p.includes(message)), `${file}: ${at} ${message}`).toBeDefined();
    }
  });

  it('that does not parse as MDX is refused by the loader, at its line', () => {
    const dir = contentCopy();
    const file = join(dir, 'reports', `${content.reports[0].id}.mdx`);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\n<Person id="x">never closed\n`);
    const line = text.split('\n').length + 1;
    expect(() => loadContent(dir)).toThrow(ContentError);
    expect(() => loadContent(dir)).toThrow(new RegExp(`${RegExp.escape(relative(process.cwd(), file))}:${line}:\\d+: .*closing tag`));
  });
});
