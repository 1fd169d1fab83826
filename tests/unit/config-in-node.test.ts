/**
 * Astro loads astro.config.mjs with Node's own import when it can, and only
 * when that fails, quietly, through a Vite server of its own, which cost
 * about a second of every build. Node can: it runs the site's TypeScript by
 * stripping the types, provided every relative import names its file
 * ('./site.ts', not './site') and no syntax needs a transform (no enums, no
 * constructor parameter properties). This holds the config's imports to that.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

test('astro.config.mjs and everything it imports load in plain Node, so no build pays for a Vite server to load them', () => {
  const { status, stderr } = spawnSync(process.execPath, ['--input-type=module', '--eval', "await import('./astro.config.mjs')"], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(stderr.split('\n').find((line) => /Error/.test(line)) ?? '', 'the first error Node gives').toBe('');
  expect(status).toBe(0);
});
