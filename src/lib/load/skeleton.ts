/**
 * A new entry to fill in, written from its collection's schema (./schemas.ts)
 * so that it never falls behind it: every required field with a TODO where a
 * value goes, as many items as a list needs at least, the choices of a field
 * that takes one of a few words. Optional fields are left out (README.md
 * lists them). The loader refuses a file while a TODO is left in it, naming
 * each one (./content.ts), and nothing else: `npm run new` writes these.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { TODO, factFields, schemas, type CollectionName } from './schemas.ts';

type Def = { type: string; checks?: { _zod: { def: { check: string; minimum?: number } } }[]; [key: string]: unknown };
const defOf = (schema: unknown) => (schema as { _zod: { def: Def } })._zod.def;
/** The fewest items a list takes (its .min()), at least one. */
const fewest = (def: Def) => Math.max(1, ...(def.checks ?? []).map((c) => (c._zod.def.check === 'min_length' ? (c._zod.def.minimum ?? 0) : 0)));

/** What an editor writes where a statement's evidence goes: words of its report's source. */
const EVIDENCE = `${TODO} the source words it rests on`;

/** A placeholder of the schema's shape, or undefined for a field that may be left out. */
function placeholder(schema: z.ZodType, name: string, report: string): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
      // Evidence is optional in the shape, but the evidence checks ask for it beside every statement.
      return z.globalRegistry.get(def.innerType as z.ZodType)?.evidence ? [EVIDENCE] : undefined;
    case 'pipe':
      return placeholder(def.in as z.ZodType, name, report);
    case 'object': {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => {
        const value = placeholder(field, key, report);
        return value === undefined ? [] : [[key, value]];
      });
      // The source words of each required field that states a fact, under `evidence:` (see factFields).
      const facts = 'evidence' in (def.shape as object) ? factFields(schema).filter((f) => !f.includes('.') && Object.fromEntries(fields)[f] !== undefined) : [];
      if (facts.length) fields.push(['evidence', Object.fromEntries(facts.map((f) => [f, { [report]: [EVIDENCE] }]))]);
      return Object.fromEntries(fields);
    }
    case 'array':
      return Array.from({ length: fewest(def) }, () => placeholder(def.element as z.ZodType, name, report));
    case 'enum':
      return `${TODO} one of: ${Object.keys(def.entries as object).join(', ')}`;
    case 'union':
      // The first form of a field that takes several (a statement with its evidence, before an editor's note).
      return placeholder((def.options as z.ZodType[])[0], name, report);
    default:
      return `${TODO} ${name}`;
  }
}

/** Where a collection's files go and what one holds. */
const REPORT_BODY = `
## ${TODO} a heading in the site's words {#${TODO.toLowerCase()}-section}

<Statement evidence="${EVIDENCE}">
${TODO} the section, retold in the site's own words. <Person id="person-id">A name</Person> links a person.
</Statement>

<Quote by="person-id" id="a-few-words">${TODO} words quoted word for word</Quote>
`;

/** A new entry of `collection` whose id is `id`; a report's evidence is keyed by its own id, others' by a TODO. */
export function skeleton(collection: CollectionName, id: string): { extension: string; text: string } {
  const report = collection === 'reports' ? id : 'todo-report-id';
  const yaml = stringify(placeholder(schemas[collection] as z.ZodType, collection, report), { lineWidth: 0 });
  return collection === 'reports' ? { extension: '.mdx', text: `---\n${yaml}---\n${REPORT_BODY}` } : { extension: '.yaml', text: yaml };
}
