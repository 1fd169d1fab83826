import { defineConfig } from 'vitest/config';

/**
 * The in-process tiers, one folder each (see README.md, "What npm test checks"):
 * unit (no content, no build), content (the real content through load and
 * check), built (reads the two shared builds of `npm run test:build`) and
 * builds (runs `astro build` itself on a throwaway copy).
 */
const tier = (name: string) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`] } });

export default defineConfig({
  test: {
    environment: 'node',
    // Both cores: the suite's machine has two.
    maxWorkers: 2,
    // The test files share nothing but read-only modules: one module cache per worker, not one per file.
    isolate: false,
    // Generous: a test that reads the content or runs the Nu checker may wait for a busy core.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [tier('unit'), tier('content'), tier('built'), tier('builds')],
  },
});
