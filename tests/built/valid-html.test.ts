/**
 * Every page of both shared builds is valid HTML, by two validators: 0 errors,
 * and no warning left unexplained.
 */
import { describe, expect, test } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { builtDist, SITES } from '../support/sites.ts';

const pages = SITES.map((site) => {
  const dist = builtDist(site);
  return { site, dist, files: readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')) };
});

describe.each(pages)('$site.name site', ({ dist, files }) => {
  test('every page is valid HTML', { timeout: 60_000 }, async () => {
    expect(files.length).toBeGreaterThan(5);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(join(dist, file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });
});

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * The Nu checker's warnings this site accepts, each for a reason:
 * - "Inline style/script violates Content Security Policy (meta tag)": the
 *   checker does not compute hashes. Every inline <style> and module <script>
 *   is allowed by its sha256 hash in the page's policy (Astro writes them), and
 *   the other inline script is <script type="application/ld+json">, a data
 *   block that CSP does not govern. tests/browser/every-page.spec.ts proves it in the browser:
 *   every page loads with no CSP violation in the console.
 * - "File was not checked": with --verbose the checker names each file it
 *   skips: the feed, the sitemap, the search index, scripts. Not HTML.
 *
 * And one error, which is the checker's: its CSS grammar lacks
 * `scroll-initial-target` (CSS Scroll Snap 2, in Chromium since 133), which
 * brings the current page's link into view in the header's row on a phone
 * with no script (BaseLayout.astro). Only that property is let through.
 */
const ACCEPTED = [/^Inline (style|script) violates Content Security Policy \(meta tag\)/, /^File was not checked\./];
const CHECKER_LACKS = /^CSS: “scroll-initial-target”: Property “scroll-initial-target” doesn't exist\.$/;

/**
 * The W3C Nu HTML Checker (the validator behind validator.w3.org/nu), in one
 * run (one JVM) over both builds whole. It catches what html-validate does
 * not, such as a <script> after </html>.
 */
test('every page of both builds passes the Nu HTML Checker', { timeout: 120_000 }, () => {
  const vnu = createRequire(import.meta.url)('vnu-jar') as string;
  const dists = pages.map((p) => p.dist);
  const run = spawnSync('java', ['-jar', vnu, '--skip-non-html', '--format', 'json', '--exit-zero-always', '--verbose', ...dists], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.status, run.error?.message).toBe(0);
  // The JSON report goes to stderr.
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  // --verbose names each file checked on stdout.
  const checked = run.stdout.split('\n').filter((f) => f.endsWith('.html'));
  const shown = messages
    .filter((m) => !(m.type === 'info' && ACCEPTED.some((accepted) => accepted.test(m.message))))
    .filter((m) => !(m.type === 'error' && CHECKER_LACKS.test(m.message)))
    .map((m) => `${relative(ROOT, new URL(m.url).pathname)}:${m.lastLine} ${m.type}${m.subType ? ` (${m.subType})` : ''}: ${m.message}`);
  expect(shown).toEqual([]);
  // The run did check every page.
  expect(checked).toHaveLength(pages.reduce((n, p) => n + p.files.length, 0));
});
