/**
 * Runs the real `astro build` on a copy of the project whose content has been
 * broken on purpose, in a temporary folder (content/ itself is never touched),
 * and checks that the build stops with a message an editor can act on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { build, copyProject, removeCopy } from '../support/project-copy';
import { ROOT } from '../support/paths';

const folders: string[] = [];

/**
 * Builds a copy of the site with `files` (paths under content/ → fixture
 * paths) swapped in, after `edit` has had a chance to change the copy.
 */
function buildWith(files: Record<string, string>, edit: (dir: string) => void = () => {}) {
  const dir = copyProject();
  folders.push(dir);
  for (const [target, fixture] of Object.entries(files)) cpSync(join(ROOT, fixture), join(dir, 'content', target));
  edit(dir);
  return { dir, ...build(dir) };
}

afterAll(() => folders.forEach(removeCopy));

describe('astro build', { timeout: 120_000 }, () => {
  // Also proves the harness: the real content builds cleanly, so the failures below are the fixtures' doing.
  it('succeeds on the real content, with byte-identical output when run twice', () => {
    const [a, b] = [buildWith({}), buildWith({})];
    expect(a.output).not.toMatch(/\[ERROR\]/);
    expect([a.status, b.status]).toEqual([0, 0]);
    const files = (dir: string) =>
      readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.includes('.'))
        .sort();
    expect(files(b.dir)).toEqual(files(a.dir));
    for (const f of files(a.dir)) {
      expect(readFileSync(join(b.dir, 'dist', f)).equals(readFileSync(join(a.dir, 'dist', f))), f).toBe(true);
    }
  });

  it('stops on a bad value, naming the file, the line and the field', () => {
    const fixture = 'tests/fixtures/invalid/countries/negative-count.yaml';
    const line = readFileSync(join(ROOT, fixture), 'utf8').split('\n').findIndex((l) => l.includes('count: -114')) + 1;
    const { status, output } = buildWith({ 'countries/ukraine.yaml': fixture });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/countries/ukraine.yaml:${line}: destination[0].count: expected a count of 0 or more`);
  });

  it('stops on a reference to nothing, naming the file and the field', () => {
    const { status, output } = buildWith({ 'people/khomich.yaml': 'tests/fixtures/broken/khomich-dangling-nationality.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/people/khomich.yaml: nationality: no country "atlantis"; add content/countries/atlantis.yaml or correct the id',
    );
  });

  it('stops on a claim citing a section that does not exist, naming the claim and the id', () => {
    const { status, output } = buildWith({ 'claims/who-brokered-2.yaml': 'tests/fixtures/broken/claim-missing-section.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/claims/who-brokered-2.yaml: accounts[0].section: report "al-jazeera" has no section "the-envoy"; use one of its {#id}s',
    );
  });

  it('stops on two files with one id, naming both', () => {
    const { status, output } = buildWith({ 'people/khomich.yml': 'content/people/khomich.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/people/khomich.yml: duplicate id "khomich", already given by content/people/khomich.yaml');
  });

  it('keeps a renamed section reachable at its old id', () => {
    const { dir, status } = buildWith({}, (copy) => {
      const file = join(copy, 'content/reports/al-jazeera.mdx');
      const mdx = readFileSync(file, 'utf8')
        .replace('{#reactions}', '{#what-people-said}')
        .replace('\n---\n', '\nanchorAliases: { reactions: what-people-said }\n---\n');
      writeFileSync(file, mdx);
    });
    expect(status).toBe(0);
    const html = readFileSync(join(dir, 'dist/reports/al-jazeera/index.html'), 'utf8');
    expect(html).toMatch(
      /<div class="heading-wrapper"><span id="reactions" class="anchor-alias"><\/span><h2 id="what-people-said">/,
    );
  });

  it('stops on an impossible date, quoted or not, and on an unquoted year, saying to quote it', () => {
    const { status, output } = buildWith({}, (copy) => {
      const file = join(copy, 'content/reports/al-jazeera.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace("eventDate: '2025-12-13'", 'eventDate: 2025-02-30'));
      const event = join(copy, 'content/events/2020-election.yaml');
      writeFileSync(event, readFileSync(event, 'utf8').replace(/^when: .*$/m, 'when: 2020'));
    });
    expect(status).not.toBe(0);
    // YAML 1.1 readers would silently make 2 March of it; this one reads it as text and checks it.
    expect(output).toMatch(/content\/reports\/al-jazeera\.mdx:\d+: eventDate: "2025-02-30" is not a date in the calendar/);
    expect(output).toMatch(/content\/events\/2020-election\.yaml:1: when: write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
  });

  it('publishes YAML strings as text: markup in a description is escaped on every page and in the JSON-LD', () => {
    // No digits: a number the evidence does not give would be refused before the page is built.
    const evil = 'Freed. <script>alert(document)</script><img src=x onerror=alert(document)> & more';
    const { dir, status } = buildWith({}, (copy) => {
      const file = join(copy, 'content/people/coale.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/^description: .*$/m, `description: '${evil}'`)
          .replace(/^role: .*$/m, `role: '</script><script>alert(window)</script>'`),
      );
    });
    expect(status).toBe(0);
    const person = readFileSync(join(dir, 'dist/people/coale/index.html'), 'utf8');
    expect(parse(person).querySelector('.lede')?.text).toBe(evil);
    const report = readFileSync(join(dir, 'dist/reports/al-jazeera/index.html'), 'utf8');
    for (const html of [person, report]) {
      const root = parse(html);
      // The only scripts are the site's own (modules and JSON-LD), and no element came from the text.
      expect(root.querySelectorAll('script').map((s) => s.getAttribute('type'))).not.toContain(undefined);
      expect(root.querySelectorAll('img')).toEqual([]);
    }
    // In the JSON-LD the role stays whole and cannot close its script element.
    expect(report).toContain('"jobTitle":"\\u003c/script>\\u003cscript>alert(window)\\u003c/script>"');
  });
});
