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
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { schemas, site as siteSchema, sourceCredits, type CollectionName, type Report, type SiteText, type SourceCredits } from './schemas';
import { entryId, idProblems } from './entry-ids';

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
  /** The MDX after the frontmatter. */
  body: string;
  /** The file's line number of the body's first line, so problems in the body can name their line. */
  bodyLine: number;
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
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:\n  ${problems.join('\n  ')}`);
    this.name = 'ContentError';
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

/** `---`, the YAML, `---`, then the body: an MDX file's frontmatter is its first lines. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?^---\r?\n?/m;

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
): { data?: z.output<S>; problems: string[]; lines: Record<string, number> } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lines: Record<string, number> = {};
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  visit(doc, {
    Pair(_, pair, path) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined || !isNode(pair.key) || !pair.key.range) return;
      lines[[...pathOf(path), key].join('.')] = lineAt(pair.key.range[0]);
    },
    Node(index, node, path) {
      if (typeof index === 'number' && node.range) lines[[...pathOf(path), index].join('.')] = lineAt(node.range[0]);
    },
  });
  const at = (offset: number) => `${filePath}:${lineCounter.linePos(offset).line + firstLine - 1}`;
  if (doc.errors.length) {
    return { lines, problems: doc.errors.map((e) => `${at(e.pos[0])}: this is not valid YAML (${e.message.split('\n')[0]})`) };
  }
  const raw = doc.toJS();
  if (raw === null || raw === undefined || (typeof raw === 'object' && !Array.isArray(raw) && !Object.keys(raw).length)) {
    return { lines, problems: [`${filePath}:${firstLine}: the file is empty; write its fields (README.md lists them), or delete the file`] };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [], lines };
  return {
    lines,
    problems: result.error.issues.map((issue) => {
      const field = fieldName(issue.path);
      return `${at(offsetOf(doc, issue.path))}: ${field ? `${field}: ` : ''}${issue.message}`;
    }),
  };
}

/** The data path of a node from the ancestors `visit` gives: the keys of the pairs, the indexes of sequence items. */
function pathOf(ancestors: readonly unknown[]): (string | number)[] {
  const path: (string | number)[] = [];
  ancestors.forEach((a, i) => {
    if (isPair(a) && isScalar(a.key)) path.push(String(a.key.value));
    else if (isSeq(a)) {
      const child = ancestors[i + 1];
      const index = a.items.indexOf(child as never);
      if (index >= 0) path.push(index);
    }
  });
  return path;
}

/** Where in the YAML a field is written, or its nearest written parent. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
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
    const text = readFileSync(join(folder, file), 'utf8');
    const id = entryId(file);
    if (collection !== 'reports') {
      const { data, problems: found, lines } = parseEntry(schemas[collection], text, filePath);
      problems.push(...found);
      return data ? [{ id, filePath, data, lines }] : [];
    }
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problems.push(`${filePath}:1: a report starts with its frontmatter between two lines of ---; see "Add a report" in README.md`);
      return [];
    }
    const { data, problems: found, lines } = parseEntry(schemas.reports, match[1], filePath, 2);
    problems.push(...found);
    const bodyLine = match[0].split('\n').length;
    if (!data) return [];
    const source = join(dir, 'sources', data.sourceFile);
    if (!existsSync(source)) {
      problems.push(`${filePath}: sourceFile: no ${relative(process.cwd(), source)}; put the report's text there as received`);
      return [];
    }
    const credits = readSourceCredits(source.replace(/\.txt$/, '.yaml'), problems);
    return [{ id, filePath, data, lines, body: text.slice(match[0].length), bodyLine, sourceText: readFileSync(source, 'utf8'), sourceCredits: credits }];
  }) as SiteContent[N];
}

/** A source's credited passages (sources/<stem>.yaml beside <stem>.txt), where the file exists. */
function readSourceCredits(file: string, problems: string[]): Entry<SourceCredits> | undefined {
  if (!existsSync(file)) return undefined;
  const filePath = relative(process.cwd(), file);
  const { data, problems: found, lines } = parseEntry(sourceCredits, readFileSync(file, 'utf8'), filePath);
  problems.push(...found);
  return data && { id: entryId(file.split('/').at(-1)!), filePath, data, lines };
}

/** Every entry of the content folder `dir`, checked against its schema; throws ContentError listing every problem. */
export function loadContent(dir: string): SiteContent {
  const problems: string[] = [];
  const siteFile = join(dir, 'site.yaml');
  const shownSite = relative(process.cwd(), siteFile);
  let site: SiteText | undefined;
  let lines: Entry<SiteText>['lines'];
  if (!existsSync(siteFile)) problems.push(`${shownSite}: missing; every content folder has one (see README.md)`);
  else {
    const parsed = parseEntry(siteSchema, readFileSync(siteFile, 'utf8'), shownSite);
    problems.push(...parsed.problems);
    site = parsed.data;
    lines = parsed.lines;
  }
  const content = {
    dir: relative(process.cwd(), dir) || '.',
    site: site!,
    siteFile: { filePath: shownSite, lines },
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
