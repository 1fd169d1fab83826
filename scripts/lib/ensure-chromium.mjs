/**
 * Finds a Chromium for the browser tests, and installs one when there is none.
 *
 * Looked for in this order: $CHROMIUM_PATH, Playwright's own download,
 * /usr/bin/chromium. Playwright cannot download its browsers on every
 * machine, so when none is found this installs Debian's `chromium` package
 * if it runs as root, and otherwise says what to run.
 *
 *   node scripts/lib/ensure-chromium.mjs  → installs if needed, prints the path
 *   import { findChromium } from '…'         → the path, or undefined (no side effects)
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, playwrightsOwn(), SYSTEM_CHROMIUM];
  return candidates.find((path) => path && existsSync(path));
}

function playwrightsOwn() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

if (import.meta.main) {
  let path = findChromium();
  if (!path && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian’s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    path = findChromium();
  }
  if (!path) {
    console.error(
      'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium`,\n' +
        'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm test` again.',
    );
    process.exit(1);
  }
  console.log(`Browser tests use ${path}`);
}
