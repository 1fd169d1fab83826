/**
 * Runs the real `astro build` on a copy of the project whose content has been
 * broken on purpose, in a temporary folder (content/ itself is never touched),
 * and checks that the build stops with a message an editor can act on.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/content';

const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const folders: string[] = [];

/**
 * Builds a copy of the site with `files` (paths under content/ → fixture
 * paths) swapped in, after `edit` has had a chance to change the copy.
 */
function buildWith(files: Record<string, string>, edit: (dir: string) => void = () => {}) {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-build-'));
  folders.push(dir);
  for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  // Link each package, not node_modules itself: Astro and Vite keep their
  // caches (the content store among them) in node_modules/.astro and .vite,
  // and each build must start from none, as on a fresh clone.
  mkdirSync(join(dir, 'node_modules'));
  for (const pkg of readdirSync(join(ROOT, 'node_modules')).filter((p) => !p.startsWith('.'))) {
    symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
  }
  for (const [target, fixture] of Object.entries(files)) cpSync(join(ROOT, fixture), join(dir, 'content', target));
  edit(dir);
  const run = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { dir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

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

  it('stops on a bad value, naming the file and the field', () => {
    const { status, output } = buildWith({ 'countries/ukraine.yaml': 'tests/fixtures/invalid/countries/negative-count.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/countries/ukraine.yaml');
    expect(output).toContain('destination.0.count: expected a count of 0 or more');
  });

  it('stops on a reference to nothing, naming the file and the field', () => {
    const { status, output } = buildWith({ 'people/khomich.yaml': 'tests/fixtures/broken/khomich-dangling-nationality.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/people/khomich.yaml: nationality: no country "atlantis" in content/countries/');
  });

  it('stops on a claim citing a section that does not exist, naming the claim and the id', () => {
    const { status, output } = buildWith({ 'claims/who-brokered-2.yaml': 'tests/fixtures/broken/claim-missing-section.yaml' });
    expect(status).not.toBe(0);
    expect(output).toContain('content/claims/who-brokered-2.yaml: accounts[0].section: report "al-jazeera" has no section "the-envoy"');
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
});
