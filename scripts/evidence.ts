/**
 * `npm run evidence -- [report-id …]`: every statement the site makes in its
 * own voice beside the source words it rests on, for a standards review in the
 * terminal; then the count of statements with evidence and anything the
 * evidence checks refuse. With report ids, only the statements resting on
 * those reports (or written in their files).
 */
import { registerHooks } from 'node:module';

// The pipeline's modules import each other without the ".ts" Node needs.
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.\.?\//.test(specifier)) throw error;
      return next(`${specifier}.ts`, context);
    }
  },
});

const { loadContent } = await import('../src/lib/load/content.ts');
const { statementsOf } = await import('../src/lib/check/evidence/statements.ts');
const { evidenceProblems } = await import('../src/lib/check/evidence/index.ts');
const { CONTENT } = await import('./lib/paths.ts');

const site = loadContent(CONTENT);
const wanted = process.argv.slice(2);
const files = new Set(site.reports.filter((r) => wanted.includes(r.id)).map((r) => r.filePath));
const unknown = wanted.filter((id) => !site.reports.some((r) => r.id === id));
if (unknown.length) {
  console.error(`No report ${unknown.map((u) => `"${u}"`).join(', ')}; the reports are ${site.reports.map((r) => r.id).join(', ')}`);
  process.exit(1);
}
const { statements, uncovered } = statementsOf(site);
const fileOf = (at: string) => at.replace(/:\d+$/, '');
const shown = wanted.length
  ? statements.filter((s) => files.has(fileOf(s.at)) || s.evidence.some((g) => wanted.includes(g.report)))
  : statements;
const bare = wanted.length ? uncovered.filter((u) => files.has(fileOf(u.at))) : uncovered;

const wrap = (label: string, text: string) => `  ${label.padEnd(9)}${text}`;
for (const s of shown) {
  console.log(`\n${s.at}  ${s.field}`);
  console.log(wrap('SAYS', s.text + (s.credit ? `  [credit: ${s.credit}]` : '')));
  // One report: "SOURCE"; several: each passage under its report's id.
  for (const g of s.evidence) {
    if (s.evidence.length > 1) console.log(wrap('SOURCE', `${g.report}:`));
    for (const w of g.words) console.log(wrap(s.evidence.length > 1 ? '' : 'SOURCE', `“${w}”`));
  }
  if (s.basis) console.log(wrap('BASIS', s.basis));
}
for (const u of bare) console.log(`\n${u.at}  ${u.field}\n${wrap('SAYS', u.text)}\n${wrap('SOURCE', '(none: no evidence, no editor\'s basis)')}`);

const withEvidence = shown.filter((s) => s.evidence.length).length;
const notes = shown.filter((s) => !s.evidence.length && s.basis).length;
const total = shown.length + bare.length;
console.log(`\n${withEvidence} of ${total} statements carry evidence; ${notes} are editor's notes with their basis; ${bare.length} carry neither.`);
const problems = evidenceProblems(site);
if (problems.length) console.log(`\nThe evidence checks refuse ${problems.length}:\n  ${problems.join('\n  ')}`);
