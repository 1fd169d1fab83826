/**
 * An Astro integration that writes Pagefind's search index (dist/pagefind/)
 * after the build, through Pagefind's Node API: `astro build` alone gives a
 * site whose search works, with no second command to remember or to copy
 * into scripts and tests. Pagefind indexes what each page marks with
 * `data-pagefind-body`.
 *
 * Pagefind works in a process of its own. Its process is started as the
 * build starts, and it indexes as soon as the pages are written and their
 * policies cut (astro:build:generated, after security-headers.ts, which
 * rewrites them), while Astro finishes and the integrations after it write
 * their files; the build waits for it at its end (astro:build:done).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  let index: ReturnType<typeof pagefind.createIndex> | undefined;
  let indexing: Promise<string> | undefined;
  /** The indexing of the site in `dir`, started on the first call. */
  const indexed = (dir: URL) => (indexing ??= writeIndex((index ??= pagefind.createIndex({})), fileURLToPath(dir)));
  return {
    name: 'search-index',
    hooks: {
      'astro:build:start': () => {
        index = pagefind.createIndex({});
        // A failure is the build's at its end, where indexing is awaited, not the process's now.
        index.catch(() => {});
      },
      'astro:build:generated': ({ dir }) => void indexed(dir).catch(() => {}),
      'astro:build:done': async ({ dir, logger }) => logger.info(await indexed(dir)),
    },
  };
}

/** Indexes the built site in `site` and writes the index under it; says what it did. */
async function writeIndex(created: ReturnType<typeof pagefind.createIndex>, site: string): Promise<string> {
  try {
    const { index, errors } = await created;
    if (!index) throw new Error(errors.join('\n'));
    const added = await index.addDirectory({ path: site });
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    const problems = [...added.errors, ...written.errors];
    if (problems.length) throw new Error(problems.join('\n'));
    return `search index written to ${join(site, 'pagefind')} (${added.page_count} HTML files read)`;
  } finally {
    await pagefind.close();
  }
}
