/**
 * `npm run anchors`: adds the anchors of a fresh build (dist/) to the
 * committed list in tests/published-anchors.txt. It never removes one: an
 * anchor that a build loses is a broken link, which the tests report.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedAnchors, readSite } from './site-links.ts';

const root = join(import.meta.dirname, '../..');
const listFile = join(root, 'tests/published-anchors.txt');

export function readAnchorList(file = listFile): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

if (import.meta.main) {
  const before = readAnchorList();
  const after = [...new Set([...before, ...publishedAnchors(readSite(join(root, 'dist')))])].sort();
  const header = [
    '# Every anchor the site has published: /page/#id, one a line. Links to these',
    '# may be out in the world, so a build must keep each one (see README.md).',
    '# Add new ones with `npm run anchors` after `npm run build`; never delete one.',
  ];
  writeFileSync(listFile, [...header, ...after, ''].join('\n'));
  console.log(`${after.length} anchors listed (${after.length - before.length} new) in tests/published-anchors.txt`);
}
