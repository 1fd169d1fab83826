/**
 * The collections under content/. Their schemas live in src/schemas.ts;
 * this file only says where each collection's files are.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas } from './schemas';
import { assertUniqueIds, entryId } from './lib/entry-ids';

/** Loads content/<folder>/*.<ext>, one entry per file, its id the file name. */
function files(folder: string, extensions: string[]) {
  // Relative to the project root, where Astro runs.
  const base = `content/${folder}`;
  assertUniqueIds(
    base,
    extensions.map((e) => `.${e}`),
  );
  return glob({ pattern: `*.@(${extensions.join('|')})`, base, generateId: ({ entry }) => entryId(entry) });
}

const DATA = ['yaml', 'yml'];

export const collections = {
  reports: defineCollection({ loader: files('reports', ['mdx']), schema: schemas.reports }),
  people: defineCollection({ loader: files('people', DATA), schema: schemas.people }),
  countries: defineCollection({ loader: files('countries', DATA), schema: schemas.countries }),
  sanctions: defineCollection({ loader: files('sanctions', DATA), schema: schemas.sanctions }),
  claims: defineCollection({ loader: files('claims', DATA), schema: schemas.claims }),
  events: defineCollection({ loader: files('events', DATA), schema: schemas.events }),
};
