/**
 * The editor's path, as README.md writes it: its "Add a report" example (the
 * source text and the report, taken from the README itself so the two cannot
 * drift) is added as one more report to a copy of the project, which must
 * then build and pass the unit tests.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build, copyProject, removeCopy } from '../support/project-copy';
import { ROOT } from '../support/paths';

/** The README's code blocks that name the file they belong in: ```mdx title="content/…". */
const examples = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```\w+ title="(content\/[^"]+)"\n([\s\S]*?)```/g)].map(
  ([, file, text]) => ({ file, text }),
);

const dir = copyProject();
afterAll(() => removeCopy(dir));

describe('the README\'s "Add a report" example', { timeout: 240_000 }, () => {
  it('gives a report and its source text', () => {
    expect(examples.map((e) => e.file.split('/')[1]).sort()).toEqual(['reports', 'sources']);
  });

  it('builds as one more report, and the unit tests pass with it', () => {
    for (const { file, text } of examples) writeFileSync(join(dir, file), text);
    const result = build(dir);
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.status, result.output).toBe(0);
    const id = examples.find((e) => e.file.startsWith('content/reports/'))!.file.split('/').at(-1)!.replace('.mdx', '');
    expect(readFileSync(join(dir, `dist/reports/${id}/index.html`), 'utf8')).toContain('As relations between the two countries normalise');

    // The unit tests, on the copy's content; not the tests that build copies themselves.
    const unit = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--exclude', 'tests/unit/build.test.ts', '--exclude', 'tests/unit/readme-example.test.ts', '--exclude', 'tests/unit/second-event.test.ts'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: join(dir, 'content'), NO_COLOR: '1' } },
    );
    expect(unit.status, `${unit.stdout}\n${unit.stderr}`).toBe(0);
    expect(unit.stdout).toMatch(/Tests\s+\d+ passed/);
  });
});
