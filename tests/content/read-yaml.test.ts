/**
 * The loader reads YAML with js-yaml and takes each field's line from its
 * listener (src/lib/load/content.ts, readYaml). The `yaml` library, which
 * keeps every node's position, is the reference: for every YAML file of the
 * content and the test fixtures, and every report's front matter, both give
 * the same value and the same line for every field and list item.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import { readYaml } from '../../src/lib/load/content.ts';
import { ROOT } from '../../scripts/lib/paths.ts';

/** Each field's and item's line as `yaml` gives it, by its path joined with dots. */
function referenceLines(text: string, firstLine: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lines: Record<string, number> = {};
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const walk = (node: unknown, path: string) => {
    const under = (step: string | number) => (path ? `${path}.${step}` : String(step));
    if (isMap(node)) {
      for (const { key, value } of node.items) {
        if (!isScalar(key)) continue;
        const at = under(String(key.value));
        if (key.range) lines[at] = lineAt(key.range[0]);
        walk(value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isNode(item) && item.range) lines[under(i)] = lineAt(item.range[0]);
        walk(item, under(i));
      });
    }
  };
  walk(doc.contents, '');
  return { value: doc.toJS(), lines, errors: doc.errors.length };
}

const yamlFiles = ['content', 'tests/fixtures'].flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => join(dir, f)),
);
/** A file's YAML and the line it starts on: a report's front matter, or the whole file. */
const yamlOf = (file: string): [string, number] | undefined => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  if (!file.endsWith('.mdx')) return [text, 1];
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text);
  return frontmatter ? [frontmatter[1], 2] : undefined;
};
const documents = yamlFiles.flatMap((file) => {
  const found = yamlOf(file);
  return found ? [{ file, text: found[0], firstLine: found[1] }] : [];
});

describe('readYaml', () => {
  it('reads the content and the fixtures: over a hundred documents, the reports among them', () => {
    expect(documents.length).toBeGreaterThan(100);
    expect(documents.filter((d) => d.file.endsWith('.mdx')).length).toBeGreaterThan(2);
  });

  it.each(documents)('$file: the value and every line as the yaml library gives them', ({ text, firstLine }) => {
    const reference = referenceLines(text, firstLine);
    expect(reference.errors).toBe(0);
    const read = readYaml(text, firstLine);
    expect(read).not.toHaveProperty('error');
    if ('error' in read) return;
    expect(read.value).toEqual(reference.value);
    expect(read.lines).toEqual(reference.lines);
  });

  it('gives a flow mapping in a list its own lines, and a nested mapping its keys’', () => {
    const read = readYaml('sources:\n  - { report: a, section: b }\n  - [x, y]\nfigure:\n  count: 3\n', 10);
    expect(read).toMatchObject({ lines: { sources: 10, 'sources.0': 11, 'sources.0.report': 11, 'sources.1.1': 12, figure: 13, 'figure.count': 14 } });
  });

  it('refuses a list or mapping used again through an alias, and names the line of YAML that does not parse', () => {
    expect(readYaml('a: &a [x]\nb: *a\n')).toMatchObject({ error: expect.stringMatching(/cannot be read .*alias/), line: 1 });
    expect(readYaml('a: 1\nb: [unclosed\n', 5)).toMatchObject({ error: expect.stringMatching(/^this is not valid YAML \(/), line: 7 });
  });
});
