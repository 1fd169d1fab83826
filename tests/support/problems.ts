/**
 * Broken content, tested in process: the one entry point from a content
 * folder to the problems an editor reads, as the build would stop with them.
 * The checks run on loaded content, before any model (load → check → model).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ContentError, loadContent } from '../../src/lib/load/content.ts';
import { contentProblems } from '../../src/lib/check/index.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

/** Every problem the pipeline finds in `contentDir`: the loader's, or else the checks'; none when it is sound. */
export function problemsOf(contentDir: string): string[] {
  try {
    return contentProblems(loadContent(contentDir));
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

const copies: string[] = [];

/** A copy of the real content in a temporary folder, after `edit` has changed it; removed by removeContentCopies(). */
export function contentCopy(edit: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(CONTENT, dir, { recursive: true });
  try {
    edit(dir);
  } catch (e) {
    // An edit that throws stops the test file before its afterAll can remove the copy.
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  copies.push(dir);
  return dir;
}

export const removeContentCopies = () => copies.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));

/** A file of a content folder as the problems name it: its path from the working directory. */
export const shown = (dir: string, file: string) => relative(process.cwd(), join(dir, file));
