import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/lib/ensure-chromium.mjs';
import { builtDist, REAL, SITES } from './tests/support/sites.ts';

/**
 * The browser tests, in Chromium, against the two shared builds (dist/ and
 * dist-second-event/, made by `npm run test:build`), each served as the host
 * serves it: scripts/serve.ts, the server of `npm start`, with the headers of
 * its _headers file. Nothing is built here.
 */
export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results/browser',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A test loads a page once and checks all there is to check on it: more than one check's worth of time.
  timeout: 120_000,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${REAL.port}`,
    launchOptions: {
      executablePath: findChromium(),
      // Chromium as root, headless, on a machine with no network but loopback.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: SITES.map((site) => ({
    command: `node scripts/serve.ts --port ${site.port}`,
    env: { DIST_DIR: builtDist(site) },
    url: `http://localhost:${site.port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  })),
});
