/**
 * The editor's path, as README.md writes it: its "Add a report" example is
 * added as one more report to a copy of the real content, which must then
 * load and pass every check, in process, and pass every content test (the
 * content tier, run again on the copy: the tests hold for any number of
 * reports). tests/builds/edited-build.test.ts builds it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { contentCopy, problemsOf, removeContentCopies } from '../support/problems.ts';
import { addReadmeExample, exampleReportId, readmeExamples } from '../support/readme-example.ts';

afterAll(removeContentCopies);

describe('the README\'s "Add a report" example', () => {
  const dir = contentCopy(addReadmeExample);

  it('gives a report and its source text', () => {
    expect(readmeExamples.map((e) => e.file.split('/')[0]).sort()).toEqual(['reports', 'sources']);
  });

  it('loads as one more report and passes every check', () => {
    expect(problemsOf(dir)).toEqual([]);
    // Every report there was, and the example (which may already be one of them, if an editor has followed the README).
    const reports = loadContent(dir).reports.map((r) => r.id);
    expect(reports.sort()).toEqual([...new Set([...loadContent(CONTENT).reports.map((r) => r.id), exampleReportId])].sort());
  });

  it('passes every content test with it', { timeout: 300_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--project', 'content', '--exclude', 'tests/content/readme-example.test.ts'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1' } },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    expect(run.stdout).toMatch(/Tests\s+\d+ passed/);
  });
});
