/**
 * README.md's "Add a report" example: its code blocks that name the file they
 * belong in (```mdx title="content/…"), taken from the README itself so that
 * the tests and the README cannot drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';

export const readmeExamples = [
  ...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```\w+ title="content\/([^"]+)"\n([\s\S]*?)```/g),
].map(([, file, text]) => ({ file, text }));

/** The id of the example report. */
export const exampleReportId = readmeExamples.find((e) => e.file.startsWith('reports/'))!.file.split('/').at(-1)!.replace('.mdx', '');

/** Adds the example's files to the content folder `dir`. */
export function addReadmeExample(dir: string) {
  for (const { file, text } of readmeExamples) writeFileSync(join(dir, file), text);
}
