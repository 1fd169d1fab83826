/**
 * Broken content really stops `astro build`, with the messages an editor
 * reads (file, line, field): one build, as a smoke test. Each kind of problem,
 * markup in a report included, is tested in process (tests/content/).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

const folders: string[] = [];
afterAll(() => folders.forEach(removeCopy));

/** Builds a copy of the project after `edit` has changed it. */
function buildWith(edit: (dir: string) => void) {
  const dir = copyProject();
  folders.push(dir);
  edit(dir);
  return build(dir);
}

describe('astro build', { timeout: 300_000 }, () => {
  it('stops on bad content, naming every problem with its file, line and field', () => {
    const fixture = 'tests/fixtures/invalid/countries/negative-count.yaml';
    const line = readFileSync(join(ROOT, fixture), 'utf8').split('\n').findIndex((l) => l.includes('count: -114')) + 1;
    const { status, output } = buildWith((copy) => {
      cpSync(join(ROOT, fixture), join(copy, 'content/countries/ukraine.yaml'));
      const event = join(copy, 'content/events/2020-election.yaml');
      writeFileSync(event, readFileSync(event, 'utf8').replace(/^when: .*$/m, 'when: 2020'));
      // Astro reads the site's address before the pipeline runs; a bad one is named by the pipeline too.
      const site = join(copy, 'content/site.yaml');
      writeFileSync(site, readFileSync(site, 'utf8').replace(/^url: .*$/m, 'url: belarus-release'));
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/countries/ukraine.yaml:${line}: destination[0].count: expected a count of 0 or more`);
    expect(output).toMatch(/content\/events\/2020-election\.yaml:1: when: write the date in quotes, as "YYYY", "YYYY-MM" or "YYYY-MM-DD"/);
    const urlLine = readFileSync(join(ROOT, 'content/site.yaml'), 'utf8').split('\n').findIndex((l) => l.startsWith('url: ')) + 1;
    expect(output).toContain(`content/site.yaml:${urlLine}: url: expected an address such as https://example.org`);
  });

});
