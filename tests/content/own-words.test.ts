/**
 * Own words, measured: outside quotation marks, no content file and no
 * sentence the code composes shares a run of 10 or more consecutive words
 * with a source text (case, punctuation and apostrophes aside). Quotations
 * (<Quote> blocks, “…”, "…" inside a value, and claims' `quote` fields) are
 * the reports' words on purpose and are checked word for word elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildModel } from '../../src/lib/model/index.ts';
import { describeChart, destinationChart } from '../../src/lib/model/destination-chart.ts';
import { keyFacts } from '../../src/lib/model/key-facts.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT, ROOT } from '../../scripts/lib/paths.ts';
import { longestSharedRun, words } from '../support/shared-run.ts';

const LIMIT = 10;

/** Text outside quotation marks: <Quote> blocks, curly and straight double quotes go. */
const outsideQuotes = (s: string) =>
  s
    .replace(/<Quote[\s\S]*?<\/Quote>/g, ' ')
    .replace(/“[^”]*”/g, ' ')
    .replace(/"[^"\n]*"/g, ' ');

/** Not the site's words: a claim's `quote` and every `evidence` are the report's words (evidence is never shown). */
const REPORTS_WORDS = new Set(['quote', 'evidence']);
/** Every string in a parsed YAML value, but the report's own words. */
const strings = (value: unknown, key = ''): string[] =>
  REPORTS_WORDS.has(key)
    ? []
    : typeof value === 'string'
      ? [value]
    : Array.isArray(value)
      ? value.flatMap((v) => strings(v, key))
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => strings(v, k))
        : [];

const filesUnder = (dir: string, ext: RegExp): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? filesUnder(path, ext) : ext.test(f) ? [path] : [];
  });

const SOURCES = join(CONTENT, 'sources');
const sources = readdirSync(SOURCES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ file: f, words: words(readFileSync(join(SOURCES, f), 'utf8')) }));

/**
 * What the site says in each content file, outside quotations, statement by
 * statement: each value of a data file, each paragraph of a report (a run
 * cannot span two fields that are never read together).
 */
const content = loadContent(CONTENT);
const { site: siteText, siteFile: _siteFile, dir: _dir, reports, ...collections } = content;
const contentTexts = [
  { name: 'site.yaml', statements: strings(siteText).map(outsideQuotes) },
  ...Object.values(collections)
    .flat()
    .map((e) => ({ name: e.filePath, statements: strings(e.data).map(outsideQuotes) })),
  ...reports.map((r) => ({
    name: r.filePath,
    statements: [
      ...strings(r.data).map(outsideQuotes),
      // The site's own words in each section: its paragraphs and asides, <Quote> blocks left out.
      ...r.body.sections.flatMap((s) => outsideQuotes(s.prose + s.asides).split('\n')),
    ],
  })),
];

/** What the code writes: the composed sentences, and every literal in the templates and modules. */
const site = buildModel(content);
const composedTexts = [
  { name: 'describeChart()', statements: [describeChart(destinationChart(site))] },
  { name: 'keyFacts()', statements: [JSON.stringify(keyFacts(site))] },
  ...filesUnder(join(ROOT, 'src'), /\.(astro|ts)$/).map((path) => ({
    name: relative(ROOT, path),
    // The whole file: code and markup make no English run, and a sentence may span lines.
    // Curly-quoted phrases are quotations.
    statements: [readFileSync(path, 'utf8').replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/“[^”]*”/g, ' ')],
  })),
];

const measured = [...contentTexts, ...composedTexts].map(({ name, statements }) => {
  const runs = statements.flatMap((text) =>
    sources.map((s) => ({ source: s.file, run: longestSharedRun(words(text), s.words) })),
  );
  return { name, ...runs.sort((a, b) => b.run.length - a.run.length)[0] };
});

describe('own words', () => {
  it('finds a copied run when there is one, so this test can fail', () => {
    const copied = words('As BBC News reported, Belarus has released 123 political prisoners, including opposition leader');
    expect(longestSharedRun(copied, sources.find((s) => s.file.startsWith('002'))!.words)).toHaveLength(copied.length);
  });

  it('measures every content file and every composed text', () => {
    expect(contentTexts.length).toBeGreaterThan(30);
    if (process.env.OWN_WORDS_ALL) for (const m of measured) if (m.run.length >= 7) console.log(`${m.run.length} ${m.name}: ${m.run.join(' ')}`);
    const longest = [...measured].sort((a, b) => b.run.length - a.run.length)[0];
    console.log(
      `Longest run shared with a source: ${longest.run.length} words, in ${longest.name} (${longest.source}): “${longest.run.join(' ')}”`,
    );
  });

  it.each(measured)(`$name shares fewer than ${LIMIT} consecutive words with a source`, ({ run, source }) => {
    expect(run.length, `“${run.join(' ')}” is in ${source}`).toBeLessThan(LIMIT);
  });
});
