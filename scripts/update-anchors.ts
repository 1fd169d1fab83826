/**
 * `npm run anchors`: adds the anchors of a fresh build (dist/, or DIST_DIR) to
 * the published list, published-anchors.txt in the content folder (content/,
 * or CONTENT_DIR). It never removes one: an anchor that a build loses is a
 * broken link, which the tests report.
 */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ANCHOR_LIST, publishedAnchors, readAnchorList, readSite } from './lib/site-links.ts';
import { DIST, ROOT } from './lib/paths.ts';

if (import.meta.main) {
  const before = readAnchorList();
  const after = [...new Set([...before, ...publishedAnchors(readSite(DIST))])].sort();
  const header = [
    '# Every anchor the site has published: /page/#id, one a line. Links to these',
    '# may be out in the world, so a build must keep each one (see README.md).',
    '# Add new ones with `npm run anchors` after `npm run build`; never delete one.',
  ];
  writeFileSync(ANCHOR_LIST, [...header, ...after, ''].join('\n'));
  console.log(`${after.length} anchors listed (${after.length - before.length} new) in ${relative(ROOT, ANCHOR_LIST)}`);
}
