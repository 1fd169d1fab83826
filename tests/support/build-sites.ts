/**
 * `npm run test:build`, the first step of `npm test`: builds the two sites the
 * tests share, each once and both at the same time: the real content into
 * dist/ (`npm run build` here), and the second event into dist-second-event/
 * (`npm run build` in a throwaway copy of the project, so that the two builds
 * keep apart Astro's caches). Every later test reads these builds; none
 * builds them again.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../scripts/lib/paths.ts';
import { copyProject, removeCopy } from '../../scripts/lib/project-copy.ts';
import { REAL, SECOND_EVENT, type BuiltSite } from './sites.ts';

/** Runs `npm run build` in `cwd` for `site`; resolves with its output, rejects with it when the build fails. */
function npmBuild(site: BuiltSite, cwd: string): Promise<string> {
  const start = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    cwd,
    env: {
      ...process.env,
      PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
      CONTENT_DIR: site.content,
      DIST_DIR: site.dist,
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((done, fail) =>
    child.on('close', (status) => {
      const what = `${relative(ROOT, site.dist)}/ (${site.name} content, ${relative(ROOT, site.content) || '.'})`;
      if (status !== 0) return fail(new Error(`${output}\nThe build of ${what} failed: see above`));
      // A build that logs an error but finishes is a failure too.
      if (/\[ERROR\]/.test(output)) return fail(new Error(`${output}\nThe build of ${what} logged an error: see above`));
      console.log(`built ${what} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      done(output);
    }),
  );
}

const copy = copyProject();
// The copy shares the share-card cache (cards are keyed by what they show), not Astro's caches.
mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
symlinkSync(join(ROOT, 'node_modules/.cache'), join(copy, 'node_modules/.cache'));
const results = await Promise.allSettled([npmBuild(REAL, ROOT), npmBuild(SECOND_EVENT, copy)]);
removeCopy(copy);
for (const r of results) {
  if (r.status === 'rejected') {
    console.error((r.reason as Error).message);
    process.exitCode = 1;
  }
}
