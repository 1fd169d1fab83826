/**
 * The pages do not grow with the reports: one build of the real content with
 * generated reports (scripts/lib/generate-reports.ts, as the bench makes
 * them, each with its own source text) up to 12, in which every page keeps to
 * 14 KiB gzip (the rule of tests/built/page-weight.test.ts) and the lists
 * that would grow name at most NAMED_AT_MOST reports, then count the rest:
 * the key numbers on the home page and /summary/, and the footer.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { generateReports } from '../../scripts/lib/generate-reports.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { NAMED_AT_MOST, countOf } from '../../src/lib/model/words.ts';

const REPORTS = 12;
const dir = copyProject();
afterAll(() => removeCopy(dir));
const dist = join(dir, 'dist');
const page = (path: string) => parse(readFileSync(join(dist, path, 'index.html'), 'utf8'));

describe(`a build of ${REPORTS} reports, generated with their own source texts`, { timeout: 300_000 }, () => {
  generateReports(join(dir, 'content'), REPORTS);
  // In the order the pages give them.
  const outlets = buildModel(loadContent(join(dir, 'content'))).reports.map((r) => r.data.outlet);
  const result = build(dir);
  /** The outlets a piece of text names. */
  const named = (text: string) => outlets.filter((o) => new RegExp(`\\b${o}\\b`).test(text));
  const more = countOf(REPORTS - NAMED_AT_MOST, 'more report');

  it('succeeds', () => {
    expect(outlets).toHaveLength(REPORTS);
    expect(result.status, result.output).toBe(0);
  });

  it('keeps every page within 14 KiB gzip for its HTML', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(REPORTS);
    for (const file of files) {
      const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      expect(size, `${file}: ${size} bytes gzip`).toBeLessThanOrEqual(14 * 1024);
    }
  });

  it(`names at most ${NAMED_AT_MOST} reports for each key number on the home page and /summary/, then counts the rest with a link to them all`, () => {
    for (const [path, selector] of [
      ['', '.figures li'],
      ['summary', '.numbers li'],
    ]) {
      const figures = page(path).querySelectorAll(selector);
      expect(figures.length, path).toBeGreaterThan(0);
      for (const li of figures) expect(named(li.text).length, `${path}: ${li.text}`).toBeLessThanOrEqual(NAMED_AT_MOST);
      // Every generated report gives the real ones' figure freed: it is given by all of them.
      const freed = figures.find((li) => named(li.text).length > 0)!;
      expect(named(freed.text), path).toEqual(outlets.slice(0, NAMED_AT_MOST));
      const count = freed.querySelectorAll('a').find((a) => a.text === more);
      expect(count?.getAttribute('href'), `${path}: ${freed.text}`).toBe('/reports/');
    }
  });

  it(`names at most ${NAMED_AT_MOST} outlets in the footer, then counts the rest`, () => {
    const footer = page('').querySelector('footer')!.text;
    expect(named(footer)).toEqual(outlets.slice(0, NAMED_AT_MOST));
    expect(footer).toContain(`and ${countOf(REPORTS - NAMED_AT_MOST, 'other')}`);
  });
});
