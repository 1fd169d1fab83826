/**
 * A new entry to fill in, written from its collection's schema (./schemas.ts)
 * so that it never falls behind it: every required field with a TODO where a
 * value goes, as many items as a list needs at least, the choices of a field
 * that takes one of a few words. Optional fields are left out (README.md
 * lists them). The loader refuses a file while a TODO is left in it, naming
 * each one (./content.ts), and nothing else: `npm run new` writes these.
 */
import { stringify } from 'yaml';
import type { z } from 'zod';
import { schemas, type CollectionName } from './schemas.ts';

/** A value still to be written: the loader reports every string that starts so. */
export const TODO = 'TODO';

type Def = { type: string; checks?: { _zod: { def: { check: string; minimum?: number } } }[]; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
/** The fewest items a list takes (its .min()), at least one. */
const fewest = (def: Def) => Math.max(1, ...(def.checks ?? []).map((c) => (c._zod.def.check === 'min_length' ? (c._zod.def.minimum ?? 0) : 0)));

/** A placeholder of the schema's shape, or undefined for a field that may be left out. */
function placeholder(schema: z.ZodType, name: string): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      return undefined;
    case 'pipe':
      return placeholder(def.in as z.ZodType, name);
    case 'object':
      return Object.fromEntries(
        Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
          const value = placeholder(field, key);
          return value === undefined ? [] : [[key, value]];
        }),
      );
    case 'array':
      return Array.from({ length: fewest(def) }, () => placeholder(def.element as z.ZodType, name));
    case 'enum':
      return `${TODO} one of: ${Object.keys(def.entries as object).join(', ')}`;
    case 'union':
      // The first form of a field that takes several (a statement with its evidence, before an editor's note).
      return placeholder((def.options as z.ZodType[])[0], name);
    default:
      return `${TODO} ${name}`;
  }
}

/** Where a collection's files go and what one holds. */
const REPORT_BODY = `
## ${TODO} a heading in the site's words {#${TODO.toLowerCase()}-section}

${TODO} the section, retold in the site's own words. <Person id="person-id">A name</Person> links a person;
<Quote by="person-id" id="a-few-words">words quoted</Quote> quotes them word for word.
`;

export function skeleton(collection: CollectionName): { extension: string; text: string } {
  const yaml = stringify(placeholder(schemas[collection] as z.ZodType, collection), { lineWidth: 0 });
  return collection === 'reports' ? { extension: '.mdx', text: `---\n${yaml}---\n${REPORT_BODY}` } : { extension: '.yaml', text: yaml };
}
