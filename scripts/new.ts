/**
 * `npm run new -- report <id>`: writes content/reports/<id>.mdx with every
 * field a report needs, to be filled in (see "Add a report" in README.md).
 * It never overwrites a file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN } from '../src/lib/load/entry-ids.ts';
import { CONTENT } from './lib/paths.ts';

const SKELETONS: Record<string, () => string> = {
  report: () => `---
title: TODO the site's own headline for this report, at most 70 characters
outlet: TODO the outlet's name
# credits: [{ outlet: TODO, sections: [TODO] }] # sections that retell what the outlet credits to another
eventDate: 2025-12-13
summary: TODO one sentence saying what this report says happened.
sourceFile: TODO.txt
released: { count: 0, section: first-section }
keyPoints:
  - { text: TODO the first point, section: first-section }
  - { text: TODO the second point, section: first-section }
  - { text: TODO the third point, section: first-section }
people: [] # TODO every person the body names, by id
countries: [] # TODO every country the report names, by id
sanctions: []
---

## TODO a heading in the site's words {#first-section}

TODO the section, retold in the site's own words. <Person id="person-id">A name</Person> links a person.
`,
};

const [kind, id] = process.argv.slice(2);
const skeleton = SKELETONS[kind];
if (!skeleton || !id || !ID_PATTERN.test(id)) {
  console.error(`usage: npm run new -- ${Object.keys(SKELETONS).join('|')} <id in lower-case-with-hyphens>`);
  process.exit(1);
}
const file = join(CONTENT, `${kind}s`, `${id}.mdx`);
if (existsSync(file)) {
  console.error(`${file} exists already; choose another id`);
  process.exit(1);
}
writeFileSync(file, skeleton());
console.log(`Wrote ${file}: replace each TODO, put its text in content/sources/, then run npm test.`);
