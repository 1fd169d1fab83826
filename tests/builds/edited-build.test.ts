/**
 * One build of the real content with three edits an editor makes, each
 * checked in the built pages: the README's "Add a report" example added as
 * one more report; a section renamed, its old id kept as an alias; and markup
 * written into YAML strings, which must be published as text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { addReadmeExample, exampleReportId } from '../support/readme-example.ts';

const dir = copyProject();
afterAll(() => removeCopy(dir));

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const evil = 'Freed. <script>alert(document.domain)</script><img src=x onerror=alert(document.domain)> & more';

describe('a build with an added report, a renamed section and markup in YAML', { timeout: 300_000 }, () => {
  addReadmeExample(join(dir, 'content'));
  edit(join(dir, 'content/reports/al-jazeera.mdx'), (mdx) =>
    mdx.replace('{#reactions}', '{#what-people-said}').replace('\n---\n', '\nanchorAliases: { reactions: what-people-said }\n---\n'),
  );
  edit(join(dir, 'content/people/coale.yaml'), (yaml) =>
    yaml.replace(/^description: .*$/m, `description: '${evil}'`).replace(/^role: .*$/m, `role: '</script><script>alert(document.cookie)</script>'`),
  );
  const result = build(dir);

  it('succeeds', () => {
    expect(result.output).not.toMatch(/\[ERROR\]/);
    expect(result.status, result.output).toBe(0);
  });

  it('pre-bundles nothing for a dev server (src/integrations/skip-dev-prebundling.ts)', () => {
    expect(existsSync(join(dir, 'node_modules/.vite/deps'))).toBe(false);
  });

  it('publishes the README example as one more report', () => {
    expect(page(`reports/${exampleReportId}`)).toContain('As relations between the two countries normalise');
  });

  it('keeps a renamed section reachable at its old id', () => {
    expect(page('reports/al-jazeera')).toMatch(
      /<div class="heading-wrapper"><span id="reactions" class="anchor-alias"><\/span><h2 id="what-people-said">/,
    );
  });

  it('publishes YAML strings as text: markup in a description is escaped on every page and in the JSON-LD', () => {
    const person = page('people/coale');
    expect(parse(person).querySelector('.lede')?.text).toBe(evil);
    const report = page('reports/al-jazeera');
    for (const html of [person, report]) {
      const root = parse(html);
      // The only scripts are the site's own (modules and JSON-LD), and no element came from the text.
      expect(root.querySelectorAll('script').map((s) => s.getAttribute('type'))).not.toContain(undefined);
      expect(root.querySelectorAll('img')).toEqual([]);
    }
    // In the JSON-LD the role stays whole and cannot close its script element.
    expect(report).toContain('"jobTitle":"\\u003c/script>\\u003cscript>alert(document.cookie)\\u003c/script>"');
  });
});
