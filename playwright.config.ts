import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './tests/support/ensure-chromium.mjs';

/**
 * Not 4321, so that the tests can run while `npm start` is serving the site;
 * E2E_PORT moves it when two test runs share a machine.
 */
const PORT = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
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
  webServer: {
    // The same server as `npm start`: dist/ with the headers of dist/_headers (CSP, HSTS, …) applied.
    command: `npm run build && npm run preview -- --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
