/**
 * The floor the bench and the Lighthouse run measure the site against: the
 * same reports rendered by one minimal Astro page with MDX and nothing else,
 * what any site built from these MDX files must pay.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportComponent } from '../../src/lib/load/report-components.ts';

/** Each component a report may use, as the floor renders it: a plain element (TypeScript names one left out). */
const FLOOR_ELEMENTS: Record<ReportComponent, string> = { Person: 'span', Quote: 'blockquote', OtherReport: 'aside', Statement: 'div' };

/**
 * The floor: Astro with MDX and one page that renders each report's body,
 * nothing else: what any site built from these MDX files must pay.
 */
export function makeFloor(dir: string) {
  rmSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    // Only what the MDX itself needs: its {#id} headings.
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nimport { satteri } from '@astrojs/markdown-satteri';\n" +
      'export default defineConfig({ markdown: { processor: satteri({ features: { headingAttributes: true } }) }, integrations: [mdx()] });\n',
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      "export const collections = { reports: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'content/reports' }) }) };\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('reports')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body>
<Content components={${JSON.stringify(FLOOR_ELEMENTS)}} />
</body></html>
`,
  );
}
