/**
 * Reports an editor could have written, as many as a test or the bench asks
 * for: each from an outlet of its own, with its own source text (and the
 * credit file beside it), id, title, headings and text, and evidence quoting
 * its own source, so that each passes every check the real content passes and
 * is new work for the build, its page and share card included.
 *
 * Each is a real report of the folder with one substitution applied alike to
 * the report and to its source text: the outlet's name becomes the generated
 * outlet's ("Wire Qab"), so every quotation and every evidence passage
 * stays word for word against the new source. The source is headed by that
 * name, and the report opens by saying whose account it is, resting on it:
 * its text is its own even where the real report never names its outlet. The report's own id replaces
 * the real one where the report cites itself; an aside on another report
 * (`<OtherReport>`) keeps that report's words and evidence. The title and each
 * heading carry the outlet's tag, which is letters, never a number: a number
 * in a heading or a title would need its evidence. The outlet's name is kept
 * short ("Wire Qall" at 1,000 reports), so that no sentence naming it, nor a
 * title with its tag, passes its limit in the schema.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

/** "a", "b", …, "z", "aa", "ab", …: a tag for each generated report, with no digit in it. */
const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(97 + (n % 26));

/** A field of a report's frontmatter, read as the loader reads YAML (comments and quotes aside). */
const field = (frontmatter: string, name: string, file: string) => {
  const value = (load(frontmatter, { schema: CORE_SCHEMA }) as Record<string, unknown>)[name];
  if (typeof value !== 'string') throw new Error(`${file}: ${name}: expected text to generate reports from`);
  return value;
};
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `text` with `from` replaced by `to`, as whole words. */
const replaceWord = (text: string, from: string, to: string) => text.replace(new RegExp(`\\b${escape(from)}\\b`, 'g'), to);
/** `body` with `edit` applied outside its asides on other reports, which keep that report's words. */
const outsideAsides = (body: string, edit: (part: string) => string) =>
  body
    .split(/(<OtherReport[\s\S]*?<\/OtherReport>)/)
    .map((part, i) => (i % 2 ? part : edit(part)))
    .join('');

interface Original {
  id: string;
  outlet: string;
  sourceFile: string;
  frontmatter: string;
  body: string;
}

function readOriginals(contentDir: string): Original[] {
  const folder = join(contentDir, 'reports');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(folder, f), 'utf8');
      const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      if (frontmatter === undefined) throw new Error(`${f}: expected frontmatter between --- lines`);
      return { id: f.replace(/\.mdx$/, ''), outlet: field(frontmatter, 'outlet', f), sourceFile: field(frontmatter, 'sourceFile', f), frontmatter, body };
    });
}

/**
 * Writes generated reports into `contentDir` (a copy of the content: never
 * content/ itself) until it holds `total` reports, the real ones first; each
 * generated one is derived from the real ones in turn. Returns the new ids.
 */
export function generateReports(contentDir: string, total: number): string[] {
  const originals = readOriginals(contentDir);
  const ids: string[] = [];
  for (let i = originals.length; i < total; i++) {
    const o = originals[i % originals.length];
    const tag = `Q${letters(i)}`;
    const outlet = `Wire ${tag}`;
    const id = `wire-${tag.toLowerCase()}`;
    const asOutlet = (text: string) => replaceWord(text, o.outlet, outlet);

    // The source text and its credits, the outlet renamed in both.
    const sources = join(contentDir, 'sources');
    const oldStem = o.sourceFile.replace(/\.txt$/, '');
    // Headed by the outlet's name, as a page is received, which the report's opening statement rests on.
    writeFileSync(join(sources, `${id}.txt`), `${outlet}\n${asOutlet(readFileSync(join(sources, o.sourceFile), 'utf8'))}`);
    const credits = join(sources, `${oldStem}.yaml`);
    try {
      writeFileSync(join(sources, `${id}.yaml`), asOutlet(readFileSync(credits, 'utf8')).replaceAll(o.sourceFile, `${id}.txt`));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }

    const frontmatter = asOutlet(
      o.frontmatter
        // Its former addresses and its corrections are the real report's: a new report has none.
        .replace(/^formerIds: .*\n/m, '')
        .replace(/^updated: .*\n/m, '')
        .replace(/^corrections:\n(?:[ -].*\n)*/m, '')
        .replace(/^sourceFile: .*$/m, `sourceFile: ${id}.txt`)
        .replace(/^title: .*$/m, `title: ${JSON.stringify(`${field(o.frontmatter, 'title', o.id)} ${tag}`)}`),
    ).replace(new RegExp(`(?<![\\w-])${escape(o.id)}(?![\\w-])`, 'g'), id);
    const body = outsideAsides(o.body, (part) =>
      asOutlet(part)
        .replace(/^(#{2,3} .*?)( \{#[\w-]+\})$/gm, `$1 (${tag})$2`)
        .replace(new RegExp(`(report=")${escape(o.id)}"`, 'g'), `$1${id}"`),
    ).replace(/^## .*$/m, (heading) => `${heading}\n\n<Statement evidence="${outlet}">\nWhat follows is ${outlet}'s account.\n</Statement>`);
    writeFileSync(join(contentDir, 'reports', `${id}.mdx`), `---\n${frontmatter}\n---\n${body}`);
    ids.push(id);
  }
  return ids;
}
