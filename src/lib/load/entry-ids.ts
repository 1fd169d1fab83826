/**
 * An entry's id is its file name without the extension, so the URL of a
 * person's page is the name of their file. Two files that would give the same
 * id (kolesnikova.yaml and Kolesnikova.yml) must stop the build: Astro alone
 * would keep one of them and only warn.
 */
import { extname, basename } from 'node:path';

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entryId(fileName: string): string {
  return basename(fileName, extname(fileName)).toLowerCase();
}

/** Lists, in words an editor can act on, the file names that give a bad or duplicate id. */
export function idProblems(folder: string, fileNames: readonly string[]): string[] {
  const problems: string[] = [];
  const firstFileFor = new Map<string, string>();
  for (const file of fileNames) {
    const id = entryId(file);
    if (!ID_PATTERN.test(basename(file, extname(file)))) {
      problems.push(`${folder}/${file}: the file name must be an id in lower-case-with-hyphens`);
    }
    const first = firstFileFor.get(id);
    if (first) problems.push(`${folder}/${file}: duplicate id "${id}", already given by ${folder}/${first}`);
    else firstFileFor.set(id, file);
  }
  return problems;
}
