/**
 * The content rules that can be checked mechanically against the source
 * texts in the content folder's sources/: quotations are word for word and
 * stand near their speaker's name, and none of the scraped page debris got in.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/lib/load/content.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
const model = buildModel(content);
const source = (file: string) => readFileSync(join(CONTENT, 'sources', file), 'utf8');

/** Compares wording, not typography: curly and straight quotes, spacing and case are the same. */
const normalise = (s: string) =>
  s
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every name a person goes by, and their surnames, as they may appear in a source. */
const namesOf = (personId: string) => {
  const person = content.people.find((p) => p.id === personId)!;
  return [person.data.name, ...person.data.aliases].flatMap((n) => [n, n.split(' ').at(-1)!]).map(normalise);
};
const everyone = content.people.map((p) => ({ id: p.id, names: namesOf(p.id) }));

/**
 * Who a source paragraph names, outside its own quotation marks (a name
 * inside a quotation is being spoken of, not speaking).
 */
const speakersNamedIn = (paragraph: string | undefined, others: string[] = []) => {
  const outsideQuotes = (paragraph ?? '').replace(/"[^"]*"/g, '');
  return [
    ...everyone.filter((p) => p.names.some((n) => outsideQuotes.includes(n))).map((p) => p.id),
    ...others.filter((o) => outsideQuotes.includes(normalise(o))),
  ];
};

/**
 * The phrases a report's sections (headings and text, quotations included: word for word as a
 * whole, so any phrase within is too) and key points put in quotation marks.
 */
const phrasesIn = (report: (typeof model.reports)[number]) => {
  const written = [...report.sections.flatMap((s) => [s.title, s.text]), ...report.data.keyPoints.map((k) => k.text)].join('\n');
  return [...written.matchAll(/“([^”]+)”/g)].map((m) => normalise(m[1]).replace(/[.,]$/, ''));
};

describe.each(model.reports)('quotations in $filePath', (report) => {
  const paragraphs = source(report.data.sourceFile).split('\n').map(normalise);
  const quotations = report.sections.flatMap((s) => s.quotations);

  it('has quotations to check', () => expect(quotations.length).toBeGreaterThan(0));

  it('says who is quoted, a person or a named source, for every quotation', () => {
    for (const q of quotations) expect(q.by ?? q.source, `line ${q.line}: “${q.text.slice(0, 40)}…”`).toMatch(/\w/);
  });

  it.each(quotations.map((q) => [q.text.slice(0, 40), q.by ? 'by' : 'source', (q.by ?? q.source)!, q.text]))(
    '“%s…” is word for word and attributed',
    (_, kind, who, text) => {
      // The closing punctuation may differ where the report's sentence went on ("…,” he said).
      const words = normalise(text).replace(/[.,]$/, '');
      const at = paragraphs.findIndex((p) => p.includes(words));
      expect(at, `not found in ${report.data.sourceFile}`).toBeGreaterThanOrEqual(0);

      // The speaker is named in the quotation's own paragraph, in the nearest
      // paragraph before it that names anyone, or in a "said X" line after it.
      const others = kind === 'source' ? [who.replace(/^the /i, '')] : [];
      let before = at - 1;
      while (before >= 0 && speakersNamedIn(paragraphs[before], others).length === 0) before--;
      const after = paragraphs[at + 1]?.startsWith('said') ? paragraphs[at + 1] : '';
      const candidates = [paragraphs[at], paragraphs[before], after].flatMap((p) => speakersNamedIn(p, others));
      expect(candidates, `${who} is not who the report says spoke`).toContain(kind === 'by' ? who : others[0]);
    },
  );

  it('quotes phrases in running text and key points word for word', () => {
    const original = normalise(source(report.data.sourceFile));
    for (const phrase of phrasesIn(report)) expect(original, phrase).toContain(phrase);
  });
});

it('the reports quote phrases in running text, so the check above has something to check', () => {
  expect(model.reports.flatMap(phrasesIn).length).toBeGreaterThan(0);
});

describe('quotations in claims', () => {
  const quoted = content.claims.flatMap((c) =>
    c.data.accounts.filter((a) => a.quote).map((a) => ({ file: c.filePath, ...a })),
  );
  it('exist', () => expect(quoted.length).toBeGreaterThan(0));
  it.each(quoted)('$file quotes $report word for word', ({ report, quote }) => {
    const sourceFile = content.reports.find((r) => r.id === report)!.data.sourceFile;
    expect(normalise(source(sourceFile))).toContain(normalise(quote!).replace(/[.,]$/, ''));
  });
});

describe('scraped debris', () => {
  // Lines of the scraped pages that are not part of either report.
  const DEBRIS = [
    'Recommended Stories',
    'Now Playing',
    'logged in to post a comment',
    'Saddam',
    'Maduro',
    'Puerto Rico',
    'Greenland',
    'Pickleball',
    'Taiwan',
    'West Bank',
    'Russian nukes',
    'taken to hospital',
  ];
  const files = ['reports', 'people', 'countries', 'sanctions', 'claims'].flatMap((c) =>
    readdirSync(join(CONTENT, c)).map((f) => join(CONTENT, c, f)),
  );
  it.each(DEBRIS)('“%s” appears in no content file', (debris) => {
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toContain(debris);
  });
  it('every debris line really is in the sources, so this test can fail', () => {
    const all = content.reports.map((r) => source(r.data.sourceFile)).join('\n');
    for (const debris of DEBRIS) expect(all).toContain(debris);
  });
});
