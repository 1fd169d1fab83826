// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { config, siteOrigin } from './src/lib/config.ts';
import { anchorLinks } from './src/integrations/anchor-links.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { shareCards } from './src/integrations/share-cards.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { reportFrontmatter } from './src/integrations/report-frontmatter.ts';
import { skipDevPrebundling } from './src/integrations/skip-dev-prebundling.ts';
import { loadSite } from './src/lib/site.ts';
import { movedPaths } from './src/lib/model/moved.ts';

/** @type {Set<string> | undefined} */
let moved;
/** The reports' old addresses, asked for once the pages are built. */
const oldAddresses = () => (moved ??= movedPaths(loadSite()));

export default defineConfig({
  // The canonical origin: every absolute URL on the site (canonical links,
  // copied section links, the printed summary's QR code) comes from here.
  site: siteOrigin(),
  // CONTENT_DIR picks the content and DIST_DIR keeps each content's build apart (src/lib/config.ts).
  outDir: config.distDir,
  trailingSlash: 'always',
  // The stylesheet is under 2 KB gzip: inlined, a page renders from its first
  // response, with no second round trip before the first paint.
  build: { inlineStylesheets: 'always' },
  markdown: {
    // The reports hold no code: no highlighter (Shiki's inline styles would also need CSP exceptions).
    syntaxHighlight: false,
    processor: satteri({
      // `## Heading {#id}` pins a section's id in the MDX, so correcting a
      // heading's wording never breaks a published link to it.
      features: { headingAttributes: true },
      // Reports are data: raw HTML, unknown components, event handlers and code are refused
      // before this runs, by the pipeline's markup check (src/lib/check/markup.ts).
      hastPlugins: [anchorLinks],
    }),
  },
  vite: {
    build: {
      rollupOptions: {
        // Astro's MDX modules carry a directive the bundler warns about once per report; it is Astro's to handle.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // securityHeaders writes dist/_headers: each page's CSP as a header too, with HSTS and the rest; searchIndex writes
  // Pagefind's index, so that `astro build` alone makes the whole site; shareCards writes each page's og:image. Astro
  // runs them in this order: securityHeaders cuts each page's policy before Pagefind reads the pages, and Pagefind
  // indexes in its own process while the sitemap is written and the last cards are drawn.
  // reportFrontmatter hands @astrojs/mdx each report with its frontmatter emptied: the pipeline has parsed it already.
  // skipDevPrebundling spares `astro build` the dev toolbar's dependency bundling.
  // The sitemap lists the pages for search engines to index: not the 404 page, nor a report's old address (src/lib/model/moved.ts).
  integrations: [mdx(), reportFrontmatter(), skipDevPrebundling(), sitemap({ filter: (page) => !page.endsWith('/404/') && !oldAddresses().has(new URL(page).pathname) }), securityHeaders(), searchIndex(), shareCards()],
  // A Content Security Policy in every page: hashes of the inline scripts and
  // styles Astro emits, so no 'unsafe-inline' is needed.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
    },
  },
});
