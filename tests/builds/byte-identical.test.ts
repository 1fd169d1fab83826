/**
 * The build is reproducible: the real content built again, in a fresh copy of
 * the project (its own Astro caches, every share card drawn anew), gives
 * byte for byte the files of the shared build in dist/.
 */
import { afterAll, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { builtDist, REAL } from '../support/sites.ts';

const dir = copyProject();
afterAll(() => removeCopy(dir));

it('a second build of the real content is byte-identical to dist/', { timeout: 300_000 }, () => {
  const dist = builtDist(REAL);
  const again = build(dir, { CONTENT_DIR: REAL.content });
  expect(again.output).not.toMatch(/\[ERROR\]/);
  expect(again.status, again.output).toBe(0);
  const files = (d: string) =>
    readdirSync(d, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.includes('.'))
      .sort();
  expect(files(join(dir, 'dist'))).toEqual(files(dist));
  for (const f of files(dist)) {
    expect(readFileSync(join(dir, 'dist', f)).equals(readFileSync(join(dist, f))), f).toBe(true);
  }
});
