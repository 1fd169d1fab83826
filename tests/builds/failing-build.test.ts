/**
 * Broken content really stops `astro build`, with the messages an editor
 * reads (file, line, field): once, for problems the pipeline finds (each kind
 * of problem is tested in process, in tests/content/), and once for markup
 * and code in a report, which the MDX guard finds only inside the build.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy';
import { ROOT } from '../../scripts/lib/paths';

const folders: string[] = [];
afterAll(() => folders.forEach(removeCopy));

/** Builds a copy of the project after `edit` has changed it. */
function buildWith(edit: (dir: string) => void) {
  const dir = copyProject();
  folders.push(dir);
  edit(dir);
  return build(dir);
}

describe('astro build', { timeout: 300_000 }, () => {
  it('stops on bad content, naming every problem with its file, line and field', () => {
    const fixture = 'tests/fixtures/invalid/countries/negative-count.yaml';
    const line = readFileSync(join(ROOT, fixture), 'utf8').split('\n').findIndex((l) => l.includes('count: -114')) + 1;
    const { status, output } = buildWith((copy) => {
      cpSync(join(ROOT, fixture), join(copy, 'content/countries/ukraine.yaml'));
      const event = join(copy, 'content/events/2020-election.yaml');
      writeFileSync(event, readFileSync(event, 'utf8').replace(/^when: .*$/m, 'when: 2020'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/countries/ukraine.yaml:${line}: destination[0].count: expected a count of 0 or more`);
    expect(output).toMatch(/content\/events\/2020-election\.yaml:1: when: write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
  });

  /**
   * Each file under tests/fixtures/invalid/mdx/ is one kind of markup or code
   * a report must not hold; its first line, {/* refused: … *\/}, gives words
   * of the message. All are added to one report, and one build must name each
   * at its own line.
   */
  it('stops on markup and code in a report, naming each at its file and line', () => {
    const FIXTURES = join(ROOT, 'tests/fixtures/invalid/mdx');
    const cases: { file: string; line: number; message: string }[] = [];
    const { status, output } = buildWith((copy) => {
      const report = join(copy, 'content/reports/al-jazeera.mdx');
      for (const file of readdirSync(FIXTURES).sort()) {
        const text = readFileSync(join(FIXTURES, file), 'utf8');
        const message = /^\{\/\* refused: (.+?) \*\/\}\n/.exec(text)?.[1];
        if (!message) throw new Error(`${file} must start with {/* refused: <message> */}`);
        // A blank line before each, so each starts a paragraph; its second line is the bad one.
        const line = readFileSync(report, 'utf8').split('\n').length + 2;
        appendFileSync(report, `\n${text}`);
        cases.push({ file, line, message });
      }
    });
    expect(status).not.toBe(0);
    expect(cases.length).toBeGreaterThanOrEqual(12);
    const lines = output.split('\n');
    for (const { file, line, message } of cases) {
      const at = `content/reports/al-jazeera.mdx:${line}:`;
      expect(lines.find((l) => l.includes(at) && l.includes(message)), `${file}: ${at} ${message}`).toBeDefined();
    }
  });
});
