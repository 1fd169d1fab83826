/**
 * src/lib/load/content.ts: what an editor reads when a file cannot be loaded.
 * Each case breaks one file in a copy of the content and checks the whole
 * message: the file, the line, the field where there is one, and what to do.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, readSiteFile } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';

afterAll(removeContentCopies);

/** The problems an editor reads after `edit` has broken a copy of the content. */
function problemsAfter(edit: (dir: string) => void): { dir: string; problems: string[] } {
  const dir = contentCopy(edit);
  return { dir, problems: problemsOf(dir) };
}

describe('the loader tells an editor what is wrong and what to do', () => {
  it.each([
    ['an empty file', ''],
    ['a file holding only ---', '---\n'],
    ['a file of comments', '# nothing yet\n'],
  ])('%s', (_, text) => {
    const { dir, problems } = problemsAfter((d) => writeFileSync(join(d, 'people/new-person.yaml'), text));
    expect(problems).toEqual([`${shown(dir, 'people/new-person.yaml')}:1: the file is empty; write its fields (README.md lists them), or delete the file`]);
  });

  it('YAML that does not parse, with its line', () => {
    const { dir, problems } = problemsAfter((d) => writeFileSync(join(d, 'people/new-person.yaml'), 'name: A\nrole: [unclosed\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(shown(dir, 'people/new-person.yaml'))}:\\d: this is not valid YAML \\(`));
  });

  it('a field with the wrong value, at its own line', () => {
    const { dir, problems } = problemsAfter((d) => {
      const file = join(d, 'people/coale.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^group: .*$/m, 'group: diplomats'));
    });
    const line = readFileSync(join(dir, 'people/coale.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('group:')) + 1;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(shown(dir, 'people/coale.yaml'))}:${line}: group: `));
  });

  it('an unquoted year, saying to quote it', () => {
    const { dir, problems } = problemsAfter((d) => {
      const file = join(d, 'events/2020-election.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^when: .*$/m, 'when: 2020'));
    });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(shown(dir, 'events/2020-election.yaml'))}:1: when: write the date in quotes`)),
    ]);
  });

  it('a report without frontmatter, and one whose source text is missing', () => {
    const { dir, problems } = problemsAfter((d) => {
      writeFileSync(join(d, 'reports/draft.mdx'), '## A heading {#a}\n\nText.\n');
      rmSync(join(d, 'sources', loadContent(CONTENT).reports[0].data.sourceFile));
    });
    const first = loadContent(CONTENT).reports[0];
    expect(problems).toContain(`${shown(dir, 'reports/draft.mdx')}:1: a report starts with its frontmatter between two lines of ---; see "Add a report" in README.md`);
    expect(problems).toContain(
      `${shown(dir, `reports/${first.id}.mdx`)}: sourceFile: no ${shown(dir, `sources/${first.data.sourceFile}`)}; put the report's text there as received`,
    );
  });

  it('a content folder without site.yaml', () => {
    const { dir, problems } = problemsAfter((d) => rmSync(join(d, 'site.yaml')));
    expect(problems).toEqual([`${shown(dir, 'site.yaml')}: missing; every content folder has one (see README.md)`]);
  });
});

describe('the loader refuses input made to hurt, naming the file', () => {
  it('a YAML alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const { dir, problems } = problemsAfter((d) => writeFileSync(join(d, 'people/bomb.yaml'), `${bomb}\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(shown(dir, 'people/bomb.yaml'))}:1: this YAML cannot be read \\(.*alias`, 'i'));
  });
  it('a report body larger than a report can be', () => {
    const { dir, problems } = problemsAfter((d) => {
      const file = join(d, 'reports/al-jazeera.mdx');
      writeFileSync(file, `${readFileSync(file, 'utf8')}\n${'Words and more words. '.repeat(130_000)}\n`);
    });
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${RegExp.escape(shown(dir, 'reports/al-jazeera.mdx'))}: the file is \\d+ KB; a report is at most 256 KB`))]);
  });
  it('a data file larger than one can be', () => {
    const { dir, problems } = problemsAfter((d) => writeFileSync(join(d, 'people/huge.yaml'), `name: x\ndescription: ${'y'.repeat(70_000)}\n`));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${RegExp.escape(shown(dir, 'people/huge.yaml'))}: the file is \\d+ KB; a data file is at most 64 KB`))]);
  });
});

describe('site.yaml', () => {
  it('is parsed once while its text is unchanged: the reading Astro takes the address from is the one the loader checks', () => {
    const dir = contentCopy();
    const first = readSiteFile(dir);
    expect(first.site?.url).toMatch(/^https:\/\//);
    expect(readSiteFile(dir)).toBe(first);
    expect(loadContent(dir).site).toBe(first.site);
    const file = join(dir, 'site.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^url: .*$/m, 'url: https://example.org'));
    const edited = readSiteFile(dir);
    expect(edited).not.toBe(first);
    expect(edited.site?.url).toBe('https://example.org');
  });
});
