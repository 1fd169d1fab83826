/**
 * Reads content/ straight from the files, the way Astro's glob loader does,
 * so unit tests can check the real content without a build or a synced
 * content store.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { schemas, type CollectionName } from '../../src/schemas';
import { entryId } from '../../src/lib/entry-ids';
import type { SiteContent } from '../../src/lib/integrity';

export const ROOT = join(import.meta.dirname, '../..');
export const CONTENT = join(ROOT, 'content');

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: parseYaml(match[1]), body: match[2] };
}

export interface RawEntry {
  id: string;
  filePath: string;
  raw: unknown;
  body: string;
}

/** Every file of a collection, unparsed. */
export function rawEntries(collection: CollectionName, dir = CONTENT): RawEntry[] {
  const folder = join(dir, collection);
  return readdirSync(folder)
    .filter((f) => /\.(mdx|ya?ml)$/.test(f))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const filePath = relative(ROOT, join(folder, file));
      if (file.endsWith('.mdx')) {
        const { frontmatter, body } = splitFrontmatter(text);
        return { id: entryId(file), filePath, raw: frontmatter, body };
      }
      return { id: entryId(file), filePath, raw: parseYaml(text), body: '' };
    });
}

/** The whole site's content, each entry parsed by its schema (throws on the first invalid one). */
export function loadContent(dir = CONTENT): SiteContent {
  const parse = <N extends CollectionName>(name: N) =>
    rawEntries(name, dir).map((e) => ({
      ...e,
      data: schemas[name].parse(e.raw) as z.output<(typeof schemas)[N]>,
    }));
  return {
    reports: parse('reports'),
    people: parse('people'),
    countries: parse('countries'),
    sanctions: parse('sanctions'),
    claims: parse('claims'),
    events: parse('events'),
  };
}

/** A zod issue's field, written the way an editor reads it: `destination[0].count`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}
