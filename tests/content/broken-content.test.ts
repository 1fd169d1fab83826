/**
 * Broken content stops the pipeline with a message an editor can act on:
 * the file, the line and the field where there is one, and what to do. Each
 * case swaps a broken file (tests/fixtures/) into a copy of the real content
 * and runs the pipeline in process (tests/support/problems.ts); that
 * `astro build` stops on these problems is shown once, by
 * tests/builds/failing-build.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

afterAll(removeContentCopies);

/** The problems of a copy of the content with `files` (paths in the content folder → fixture paths) swapped in, after `edit`. */
function problemsWith(files: Record<string, string>, edit: (dir: string) => void = () => {}) {
  const dir = contentCopy((copy) => {
    for (const [target, fixture] of Object.entries(files)) cpSync(join(ROOT, fixture), join(copy, target));
    edit(copy);
  });
  return { dir, problems: problemsOf(dir) };
}

describe('the pipeline stops', () => {
  it('on a bad value, naming the file, the line and the field', () => {
    const fixture = 'tests/fixtures/invalid/countries/negative-count.yaml';
    const line = readFileSync(join(ROOT, fixture), 'utf8').split('\n').findIndex((l) => l.includes('count: -114')) + 1;
    const { dir, problems } = problemsWith({ 'countries/ukraine.yaml': fixture });
    expect(problems).toContain(`${shown(dir, 'countries/ukraine.yaml')}:${line}: destination[0].count: expected a count of 0 or more`);
  });

  it('on a reference to nothing, naming the file and the field', () => {
    const { dir, problems } = problemsWith({ 'people/khomich.yaml': 'tests/fixtures/broken/khomich-dangling-nationality.yaml' });
    expect(problems).toContain(
      `${shown(dir, 'people/khomich.yaml')}: nationality: no country "atlantis"; add ${shown(dir, 'countries/atlantis.yaml')} or correct the id`,
    );
  });

  it('on a claim citing a section that does not exist, naming the claim and the id', () => {
    const { dir, problems } = problemsWith({ 'claims/who-brokered-2.yaml': 'tests/fixtures/broken/claim-missing-section.yaml' });
    expect(problems).toContain(
      `${shown(dir, 'claims/who-brokered-2.yaml')}: accounts[0].section: report "al-jazeera" has no section "the-envoy"; use one of its {#id}s`,
    );
  });

  it('on two files with one id, naming both', () => {
    const { dir, problems } = problemsWith({ 'people/khomich.yml': 'content/people/khomich.yaml' });
    expect(problems).toContain(
      `${shown(dir, 'people/khomich.yml')}: duplicate id "khomich", already given by ${shown(dir, 'people/khomich.yaml')}`,
    );
  });

  it('on an impossible date, quoted or not, and on an unquoted year, saying to quote it', () => {
    const { dir, problems } = problemsWith({}, (copy) => {
      const file = join(copy, 'reports/al-jazeera.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace("eventDate: '2025-12-13'", 'eventDate: 2025-02-30'));
      const event = join(copy, 'events/2020-election.yaml');
      writeFileSync(event, readFileSync(event, 'utf8').replace(/^when: .*$/m, 'when: 2020'));
    });
    // YAML 1.1 readers would silently make 2 March of it; this one reads it as text and checks it.
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${RegExp.escape(shown(dir, 'reports/al-jazeera.mdx'))}:\\d+: eventDate: "2025-02-30" is not a date in the calendar`)),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${RegExp.escape(shown(dir, 'events/2020-election.yaml'))}:1: when: write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"`),
      ),
    );
  });
});
