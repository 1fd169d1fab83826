// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

/**
 * The canonical origin: every absolute URL on the site (canonical links,
 * copied section links, the printed summary's QR code) comes from here.
 * Set SITE_URL at build time to publish under another origin.
 */
const site = process.env.SITE_URL ?? 'https://belarus-release.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // `## Heading {#id}` pins a section's id in the MDX, so correcting a
  // heading's wording never breaks a published link to it.
  markdown: { processor: satteri({ features: { headingAttributes: true } }) },
  integrations: [mdx()],
});
