/**
 * An Astro integration that writes Pagefind's search index (dist/pagefind/)
 * after the build, through Pagefind's Node API: `astro build` alone gives a
 * site whose search works, with no second command to remember or to copy
 * into scripts and tests. Pagefind indexes what each page marks with
 * `data-pagefind-body`.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          const problems = [...added.errors, ...written.errors];
          if (problems.length) throw new Error(problems.join('\n'));
          logger.info(`search index written to ${join(site, "pagefind")} (${added.page_count} HTML files read)`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
