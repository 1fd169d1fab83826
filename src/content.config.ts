/**
 * The four collections under content/. Their schemas live in src/schemas.ts;
 * this file only says where each collection's files are.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { schemas, type CollectionName } from './schemas';
import { assertUniqueIds, entryId } from './lib/entry-ids';

const EXTENSIONS: Record<CollectionName, string[]> = {
  reports: ['.mdx'],
  people: ['.yaml', '.yml'],
  countries: ['.yaml', '.yml'],
  sanctions: ['.yaml', '.yml'],
};

function collection<N extends CollectionName>(name: N) {
  const base = `./content/${name}`;
  assertUniqueIds(base, EXTENSIONS[name]);
  const pattern = `*.@(${EXTENSIONS[name].map((e) => e.slice(1)).join('|')})`;
  return defineCollection({
    loader: glob({ pattern, base, generateId: ({ entry }) => entryId(entry) }),
    schema: schemas[name],
  });
}

export const collections = {
  reports: collection('reports'),
  people: collection('people'),
  countries: collection('countries'),
  sanctions: collection('sanctions'),
};
