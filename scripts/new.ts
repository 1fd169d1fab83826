/**
 * `npm run new -- <collection> <id>`: writes a new entry to fill in, e.g.
 * `npm run new -- reports example-news` writes content/reports/example-news.mdx.
 * Its fields come from the collection's schema (src/lib/load/skeleton.ts),
 * each value a TODO that the build names until it is replaced. It never
 * overwrites a file. CONTENT_DIR chooses another content folder.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ID_PATTERN } from '../src/lib/load/entry-ids.ts';
import { schemas, type CollectionName } from '../src/lib/load/schemas.ts';
import { skeleton } from '../src/lib/load/skeleton.ts';
import { config } from '../src/lib/config.ts';

const collections = Object.keys(schemas) as CollectionName[];
// "report" for "reports", as an editor may type it.
const [kind = '', id = ''] = process.argv.slice(2);
const collection = collections.find((c) => c === kind || c === `${kind}s`);
if (!collection || !ID_PATTERN.test(id)) {
  console.error(`usage: npm run new -- <${collections.join('|')}> <id in lower-case-with-hyphens>`);
  process.exit(1);
}
const { extension, text } = skeleton(collection, id);
const file = relative(process.cwd(), join(config.contentDir, collection, `${id}${extension}`));
if (existsSync(file)) {
  console.error(`${file} exists already; choose another id`);
  process.exit(1);
}
writeFileSync(file, text);
console.log(`Wrote ${file}: replace each TODO (npm run build names those left), then run npm test.`);
