/**
 * An Astro integration that keeps each report's frontmatter to one parse per
 * build. The pipeline reads it (src/lib/load, with the schema's line numbers
 * for its messages); @astrojs/mdx, when it compiles the report for its page,
 * would parse the same YAML again with its own parser, only to export it as
 * `frontmatter`, which no page reads: pages take everything from the model.
 * So a report reaches the MDX compiler with its frontmatter emptied: the two
 * `---` lines stay, the lines between them are left blank, and every line of
 * the text keeps its number, so a compile error still names the file's line.
 */
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { config } from '../lib/config.ts';

/** Frontmatter at the very start of a file: `---`, its lines, `---`. */
const FRONTMATTER = /^---\r?\n([\s\S]*?\r?\n)?---(?=\r?\n|$)/;

/** The report's text with its frontmatter's lines left blank; a text without frontmatter as it was. */
export function withEmptyFrontmatter(mdx: string): string {
  return mdx.replace(FRONTMATTER, (_, yaml: string = '') => `---\n${yaml.replace(/[^\n]/g, '')}---`);
}

export function reportFrontmatter(): AstroIntegration {
  const reports = join(config.contentDir, 'reports') + sep;
  return {
    name: 'report-frontmatter',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'report-frontmatter',
                // A load hook, not a transform: it comes before every plugin's transform, @astrojs/mdx's included.
                load: {
                  filter: { id: /\.mdx(?:\?|$)/ },
                  async handler(id) {
                    const file = id.split('?')[0];
                    if (!file.startsWith(reports)) return null;
                    return withEmptyFrontmatter(await readFile(file, 'utf8'));
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
