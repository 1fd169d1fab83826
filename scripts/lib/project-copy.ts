/**
 * A throwaway copy of the project in a temporary folder, to build with
 * changed content without touching content/. Packages are linked, not
 * copied; each copy gets its own Astro and Vite caches, as a fresh clone.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './paths.ts';

const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'explainer-'));
  for (const f of PROJECT_FILES) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const pkg of readdirSync(join(ROOT, 'node_modules')).filter((p) => !p.startsWith('.'))) {
    symlinkSync(join(ROOT, 'node_modules', pkg), join(dir, 'node_modules', pkg));
  }
  return dir;
}

/**
 * Builds `dir` as `npm run build` does: `astro build` (which writes the
 * search index too). Returns the exit status, the output and the wall time.
 */
export function build(dir: string, env: Record<string, string> = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: dir,
    encoding: 'utf8',
    // A build of a thousand pages says a lot; keep all of it.
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, seconds: (performance.now() - start) / 1000 };
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });
