/**
 * The first step of the pipeline: reads every file of a content folder and
 * checks each against its schema. Everything after (the model, the checks,
 * the pages, the tests) reads content through this, and nothing else parses
 * a content file.
 *
 * It reads the files itself rather than through Astro's collections so that
 * the build and the unit tests share one loader, and so that every refusal can
 * name the file, the line and the field (YAML positions are kept for that).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { TODO, schemas, site as siteSchema, sourceCredits, type CollectionName, type Report, type SiteText, type SourceCredits } from './schemas.ts';
import { entryId, idProblems } from './entry-ids.ts';
import { readReportFile, walk, type ReportBody } from './report-body.ts';
import { COMPONENT_USAGE } from './report-components.ts';

export interface Entry<T> {
  id: string;
  /** The entry's file, relative to the working directory (the project root in a build). */
  filePath: string;
  data: T;
  /** The file's line of each field written in it, by path (`keyPoints.0.text`): see lineOf(). */
  lines?: Record<string, number>;
}

/** The line of a field of an entry (`['keyPoints', 0, 'text']`), or of its nearest written parent, for messages. */
export function lineOf(entry: { lines?: Record<string, number> }, path: readonly (string | number)[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = entry.lines?.[path.slice(0, n).join('.')];
    if (line) return line;
  }
  return entry.lines?.[''] ?? 1;
}
export interface ReportEntry extends Entry<Report> {
  /** The MDX, read once to a tree, and what the pipeline takes from it (./report-body.ts). */
  body: ReportBody;
  /** The report's text as received (sources/<sourceFile>), which its quotations must match. */
  sourceText: string;
  /** The passages the source credits to another (sources/<sourceFile stem>.yaml), where it has any. */
  sourceCredits?: Entry<SourceCredits>;
}
type Data<N extends CollectionName> = z.output<(typeof schemas)[N]>;
export interface SiteContent {
  /** The content folder, relative to the working directory, as messages name it. */
  dir: string;
  site: SiteText;
  /** site.yaml's path and the line of each of its fields, for the checks' messages. */
  siteFile: Pick<Entry<SiteText>, 'filePath' | 'lines'>;
  reports: ReportEntry[];
  people: Entry<Data<'people'>>[];
  countries: Entry<Data<'countries'>>[];
  sanctions: Entry<Data<'sanctions'>>[];
  claims: Entry<Data<'claims'>>[];
  events: Entry<Data<'events'>>[];
}

/** Refused content: every problem found, each a line an editor can act on. */
export class ContentError extends Error {
  // A field written out, not a constructor parameter property: plain Node strips types but cannot run those.
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
    this.problems = problems;
    // The fault is the content's, not the code's: with no stack, `astro build` prints the problems alone.
    this.stack = '';
  }
}

/** The file extensions each collection reads. */
const EXTENSIONS: Record<CollectionName, string[]> = {
  reports: ['.mdx'],
  people: ['.yaml', '.yml'],
  countries: ['.yaml', '.yml'],
  sanctions: ['.yaml', '.yml'],
  claims: ['.yaml', '.yml'],
  events: ['.yaml', '.yml'],
};

/** A zod issue's field, written the way an editor reads it: `destination[0].count`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/**
 * Parses one file's YAML and checks it against `schema`. Problems are named
 * `file:line: field: message`, the line found from the field's place in the YAML
 * (or its nearest parent's, for a field that is missing).
 */
export function parseEntry<S extends z.ZodType>(
  schema: S,
  yaml: string,
  filePath: string,
  firstLine = 1,
): { data?: z.output<S>; problems: string[]; lines?: Record<string, number> } {
  const read = readYaml(yaml, firstLine);
  if ('error' in read) return { problems: [`${filePath}:${read.line}: ${read.error}`] };
  const { value: raw, lines, rootLine } = read;
  if (raw === null || raw === undefined || (typeof raw === 'object' && !Array.isArray(raw) && !Object.keys(raw).length)) {
    return { problems: [`${filePath}:${firstLine}: the file is empty; write its fields (README.md lists them), or delete the file`] };
  }
  // A skeleton's placeholders (`npm run new`): each is named, and the schema's complaints about them are not.
  const todos = todosIn(raw);
  const result = schema.safeParse(raw);
  if (result.success && !todos.length) return { data: result.data, problems: [], lines };
  // A field's line, or its nearest written parent's (a missing field's), or the first line of the YAML's content.
  const written = { lines: { '': rootLine, ...lines } };
  const at = (path: readonly PropertyKey[]) => `${filePath}:${lineOf(written, path as (string | number)[])}`;
  const underTodo = (path: readonly PropertyKey[]) => todos.some((t) => t.every((p, i) => path[i] === p));
  return {
    problems: [
      ...todos.map((path) => `${at(path)}: ${fieldName(path)}: replace the TODO with its value (see README.md)`),
      ...(result.error?.issues ?? [])
        .filter((issue) => !underTodo(issue.path))
        .map((issue) => {
          const field = fieldName(issue.path);
          return `${at(issue.path)}: ${field ? `${field}: ` : ''}${issue.message}`;
        }),
    ],
  };
}

/** The path of every value still marked TODO. */
function todosIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return value.startsWith(TODO) ? [path] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => todosIn(v, [...path, Array.isArray(value) ? Number(k) : k]));
  }
  return [];
}

/** Whether a list or mapping appears twice in `value`: only an alias (*name) does that. Stops at the first. */
function repeatsAnObject(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).some((v) => repeatsAnObject(v, seen));
}

/** A node js-yaml read, as its listener saw it: the line it starts on (from 0), its kind and value, and its nodes. */
interface YamlNode {
  line: number;
  kind?: string | null;
  value?: unknown;
  nodes: YamlNode[];
}

/**
 * The YAML's value (YAML 1.2's core schema: strings, numbers, booleans, null,
 * lists and mappings), with the line of every field and list item written in
 * it, by its path joined with dots; or, where it cannot be read, why and where.
 * js-yaml reads it, about four times as fast as `yaml` with positions kept: its
 * listener hears each node open and close, a mapping's as key, value, key,
 * value. A list or mapping used again through an alias is refused: content
 * has no use for it, and aliases within aliases (a "billion laughs" file) make
 * a small file a huge value for every check that walks it.
 */
export function readYaml(text: string, firstLine = 1): { value: unknown; lines: Record<string, number>; rootLine: number } | { error: string; line: number } {
  const document: YamlNode = { line: 0, nodes: [] };
  const open = [document];
  let value: unknown;
  try {
    value = load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          const node: YamlNode = { line: state.line, nodes: [] };
          open.at(-1)!.nodes.push(node);
          open.push(node);
          return;
        }
        const node = open.pop()!;
        node.kind = state.kind;
        node.value = state.result;
      },
    });
  } catch (e) {
    const { reason, mark } = e as { reason?: string; mark?: { line: number }; message: string };
    return { error: `this is not valid YAML (${reason ?? (e as Error).message.split('\n')[0]})`, line: (mark?.line ?? 0) + firstLine };
  }
  if (repeatsAnObject(value)) return { error: 'this YAML cannot be read (a list or mapping used again through an alias: write it out where it is used)', line: firstLine };
  const lines: Record<string, number> = {};
  // Down the tree with each node's path, the keys of mappings and the indexes of sequence items.
  const walk = (node: YamlNode, path: string) => {
    // A node read first as a possible key (a flow mapping, say) and kept as the node's whole value: its own node.
    while (node.nodes.length === 1 && typeof node.value === 'object' && node.value !== null && node.nodes[0].value === node.value) node = node.nodes[0];
    const under = (step: string | number) => (path ? `${path}.${step}` : String(step));
    if (node.kind === 'mapping') {
      for (let i = 0; i + 1 < node.nodes.length; i += 2) {
        const [key, item] = [node.nodes[i], node.nodes[i + 1]];
        const at = under(String(key.value));
        lines[at] = key.line + firstLine;
        walk(item, at);
      }
    } else if (node.kind === 'sequence') {
      node.nodes.forEach((item, i) => {
        lines[under(i)] = item.line + firstLine;
        walk(item, under(i));
      });
    }
  };
  const root = document.nodes[0];
  if (root) walk(root, '');
  return { value, lines, rootLine: (root?.line ?? 0) + firstLine };
}

/**
 * The largest file the loader reads, well above any real one (a report is
 * about 10 KB): a file past it is a mistake, such as a whole web page pasted
 * in, and would slow every build and page.
 */
export const MAX_FILE_BYTES = { report: 256 * 1024, data: 64 * 1024 };

/** The file's text, or a problem when it is larger than a file of its kind may be. */
function readLimited(path: string, shown: string, kind: keyof typeof MAX_FILE_BYTES, problems: string[]): string | undefined {
  const { size } = statSync(path);
  if (size <= MAX_FILE_BYTES[kind]) return readFileSync(path, 'utf8');
  const kb = (n: number) => `${Math.ceil(n / 1024)} KB`;
  problems.push(`${shown}: the file is ${kb(size)}; a ${kind === 'report' ? 'report' : 'data file'} is at most ${kb(MAX_FILE_BYTES[kind])}: keep only what the site shows`);
  return undefined;
}

/** Reads and checks every file of `collection` in the content folder `dir`. */
function readCollection<N extends CollectionName>(dir: string, collection: N, problems: string[]) {
  const folder = join(dir, collection);
  const shown = relative(process.cwd(), folder);
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder)
    .filter((f) => EXTENSIONS[collection].includes(extname(f)))
    .sort();
  problems.push(...idProblems(shown, files));
  return files.flatMap((file) => {
    const filePath = join(shown, file);
    const text = readLimited(join(folder, file), filePath, collection === 'reports' ? 'report' : 'data', problems);
    if (text === undefined) return [];
    const id = entryId(file);
    if (collection !== 'reports') {
      const { data, problems: found, lines } = parseEntry(schemas[collection], text, filePath);
      problems.push(...found);
      return data ? [{ id, filePath, data, lines }] : [];
    }
    let read: ReturnType<typeof readReportFile>;
    try {
      read = readReportFile(text);
    } catch (e) {
      // The parser's message starts with the line and column: "3:1: Expected a closing tag for `<div>`".
      problems.push(`${filePath}:${(e as Error).message.split('\n')[0]}; a report holds text, headings and ${COMPONENT_USAGE}`);
      return [];
    }
    const { frontmatter, body } = read;
    walk(body.tree, (node) => {
      const attributes = (node.attributes ?? []).map((a) => a.value);
      if ([node.type === 'text' && node.value, ...attributes].some((v) => typeof v === 'string' && v.includes(TODO))) {
        problems.push(`${filePath}:${node.position?.start.line}: replace the TODO with the report's own text`);
      }
    });
    if (!frontmatter) {
      problems.push(`${filePath}:1: a report starts with its frontmatter between two lines of ---; see "Add a report" in README.md`);
      return [];
    }
    const { data, problems: found, lines } = parseEntry(schemas.reports, frontmatter.yaml, filePath, frontmatter.line);
    problems.push(...found);
    if (!data) return [];
    const source = join(dir, 'sources', data.sourceFile);
    if (!existsSync(source)) {
      problems.push(`${filePath}: sourceFile: no ${relative(process.cwd(), source)}; put the report's text there as received`);
      return [];
    }
    const sourceCredits = readSourceCredits(source.replace(/\.txt$/, '.yaml'), problems);
    return [{ id, filePath, data, lines, body, sourceText: readFileSync(source, 'utf8'), sourceCredits }];
  }) as SiteContent[N];
}

/** A source's credited passages (sources/<stem>.yaml beside <stem>.txt), where the file exists. */
function readSourceCredits(file: string, problems: string[]): Entry<SourceCredits> | undefined {
  if (!existsSync(file)) return undefined;
  const filePath = relative(process.cwd(), file);
  const text = readLimited(file, filePath, 'data', problems);
  if (text === undefined) return undefined;
  const { data, problems: found, lines } = parseEntry(sourceCredits, text, filePath);
  problems.push(...found);
  return data && { id: entryId(file), filePath, data, lines };
}

interface SiteFile {
  filePath: string;
  site?: SiteText;
  lines?: Record<string, number>;
  problems: string[];
}
/** The last reading of each site.yaml, with the text it was read from. */
const siteFiles = new Map<string, { text: string; read: SiteFile }>();

/**
 * The content folder's site.yaml, checked against its schema. astro.config.mjs
 * asks for the site's url (src/lib/config.ts) before the pipeline runs: the
 * file is parsed once for both, and again only when its text has changed.
 */
export function readSiteFile(dir: string): SiteFile {
  const file = join(dir, 'site.yaml');
  const filePath = relative(process.cwd(), file);
  if (!existsSync(file)) return { filePath, problems: [`${filePath}: missing; every content folder has one (see README.md)`] };
  const problems: string[] = [];
  const text = readLimited(file, filePath, 'data', problems);
  if (text === undefined) return { filePath, problems };
  const last = siteFiles.get(file);
  if (last?.text === text) return last.read;
  const { data, problems: found, lines } = parseEntry(siteSchema, text, filePath);
  const read = { filePath, site: data, lines, problems: found };
  siteFiles.set(file, { text, read });
  return read;
}

/** Every entry of the content folder `dir`, checked against its schema; throws ContentError listing every problem. */
export function loadContent(dir: string): SiteContent {
  const { filePath, site, lines, problems: siteProblems } = readSiteFile(dir);
  const problems = [...siteProblems];
  const content = {
    dir: relative(process.cwd(), dir) || '.',
    site: site!,
    siteFile: { filePath, lines },
    reports: readCollection(dir, 'reports', problems),
    people: readCollection(dir, 'people', problems),
    countries: readCollection(dir, 'countries', problems),
    sanctions: readCollection(dir, 'sanctions', problems),
    claims: readCollection(dir, 'claims', problems),
    events: readCollection(dir, 'events', problems),
  };
  if (!content.reports.length && !problems.length) problems.push(`${relative(process.cwd(), join(dir, 'reports'))}: no report; a site needs at least one`);
  if (problems.length) throw new ContentError(problems);
  return content;
}
