/**
 * `npm run new`: an editor starts an entry from a skeleton written from the
 * schema. The loader refuses it for its TODOs alone, naming each, and once
 * they are filled in, the content passes every check and builds a model.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, loadContent } from '../../src/lib/load/content.ts';
import { assertSound } from '../../src/lib/check/index.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { skeleton } from '../../src/lib/load/skeleton.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-entry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(CONTENT, dir, { recursive: true });

/** Runs `npm run new -- …` as an editor would, on the copy. */
const runNew = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
const problems = () => {
  try {
    loadContent(dir);
    return [];
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return e.problems;
  }
};

describe('npm run new', { timeout: 60_000 }, () => {
  const file = join(dir, 'reports/skeleton-report.mdx');

  it('writes a report skeleton, and never over a file', () => {
    const first = runNew('report', 'skeleton-report');
    expect(first.status, first.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: TODO/);
    expect(runNew('report', 'skeleton-report').status).toBe(1);
    expect(runNew('report', 'Not An Id').stderr).toContain('usage: npm run new');
  });

  it('is refused for its TODOs alone, each named at its line', () => {
    const found = problems();
    expect(found.length).toBeGreaterThan(10);
    for (const p of found) expect(p).toMatch(/^.*skeleton-report\.mdx:\d+: .*(replace the TODO)/);
    expect(found).toContainEqual(expect.stringMatching(/skeleton-report\.mdx:2: title: replace the TODO/));
    expect(found).toContainEqual(expect.stringMatching(/skeleton-report\.mdx:\d+: keyPoints\[2\]\.text: replace the TODO/));
  });

  it('passes every check once its TODOs are filled in', () => {
    writeFileSync(join(dir, 'sources/example.txt'), 'Example News\nBelarus has freed 123 prisoners after talks in Minsk with John Coale.\n');
    const filled = readFileSync(file, 'utf8')
      .replace('TODO title', 'Belarus frees 123 prisoners after talks')
      .replace('TODO outlet', 'Example News')
      .replace('TODO eventDate', "'2025-12-13'")
      .replace('TODO published', "'2025-12-14T09:00:00Z'")
      .replace('TODO summary', 'Belarus let 123 prisoners go after talks in Minsk.')
      .replace('TODO sourceFile', 'example.txt')
      .replace('TODO count', '123')
      .replaceAll('TODO section', 'release')
      .replaceAll('TODO text', 'Belarus let prisoners go.')
      .replace('TODO people', 'coale')
      .replace('TODO countries', 'belarus')
      .replaceAll('TODO the source words it rests on', 'freed 123 prisoners after talks in Minsk with John Coale')
      .replace(/## TODO .*\{#todo-section\}/, '## The release {#release}')
      .replace(/^TODO the section.*$/m, 'Belarus let 123 prisoners go after talks with <Person id="coale">John Coale</Person>.')
      .replace(/^<Quote .*TODO.*$/m, '');
    writeFileSync(file, filled);
    expect(problems()).toEqual([]);
    const site = buildModel(assertSound(loadContent(dir)));
    expect(site.reports.map((r) => r.id)).toContain('skeleton-report');
  });

  it('writes the other kinds from their schemas too, each refused for its TODOs alone', () => {
    // In process: the script itself is run above, and a node process per kind is slow on a busy machine.
    for (const kind of ['people', 'claims', 'sanctions', 'countries', 'events'] as const) {
      const { extension, text } = skeleton(kind, `new-${kind}`);
      writeFileSync(join(dir, kind, `new-${kind}${extension}`), text);
    }
    const found = problems();
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((p) => p.includes('replace the TODO'))).toBe(true);
  });
});
