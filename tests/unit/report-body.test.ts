/** src/lib/load/report-body.ts: a report file read once, to a tree, and what the pipeline takes from it. */
import { describe, expect, it } from 'vitest';
import { peopleIn, readReportFile, readingMinutes } from '../../src/lib/load/report-body.ts';

const file = `---
title: A
---

## First {#first}

<Person id="a">A</Person> met <Person id="b">B</Person>, then <Person id="a">A</Person> again.

### Inside {#inside}

<Quote by="c" id="words">
Words, *emphasised*,

and a second paragraph.
</Quote>

<OtherReport report="other" section="there">
Elsewhere, <Person id="d">D</Person>.
</OtherReport>

## No id here

## Last {#last}
`;

describe('readReportFile', () => {
  const { frontmatter, body } = readReportFile(file);
  it('gives the frontmatter and the file line it starts on', () => expect(frontmatter).toEqual({ yaml: 'title: A', line: 2 }));
  it('finds the pinned sections, in order, with their depth and file line', () => {
    expect(body.sections.map((s) => [s.id, s.title, s.depth, s.line])).toEqual([
      ['first', 'First', 2, 5],
      ['inside', 'Inside', 3, 9],
      ['last', 'Last', 2, 23],
    ]);
  });
  it('lists each person once per section', () => expect(body.sections[0].people).toEqual(['a', 'b']));
  it('finds quotations, their words as a reader reads them, and asides', () => {
    expect(body.sections[1].quotations).toEqual([
      { id: 'words', by: 'c', source: undefined, text: 'Words, emphasised, and a second paragraph.', line: 11 },
    ]);
    expect(body.sections[1].otherReports).toEqual([{ report: 'other', section: 'there' }]);
    expect(peopleIn(body.sections[1])).toEqual(['d', 'c']);
  });
  it('keeps apart the people named only in an aside on another report', () => {
    expect(body.sections[0].ownPeople).toEqual(['a', 'b']);
    expect(body.sections[1].people).toEqual(['d']);
    expect(body.sections[1].ownPeople).toEqual([]);
  });
  it("keeps a section's text, its prose without quotations and asides, and the asides", () => {
    expect(body.sections[1].text).toContain('Words, emphasised,');
    expect(body.sections[1].prose).not.toContain('Words');
    expect(body.sections[1].prose).not.toContain('Elsewhere');
    expect(body.sections[1].asides).toBe('Elsewhere, D.\n');
  });
  it('reports headings without a pinned id, with their line', () =>
    expect(body.unpinnedHeadings).toEqual([{ title: 'No id here', line: 21 }]));
  it('reports components that come before any heading, with their line', () => {
    expect(readReportFile('---\na: 1\n---\n\n<Person id="x">X</Person>\n\n## A {#a}\n').body.outsideSections).toEqual([
      { name: 'Person', line: 5 },
    ]);
  });
  it('has no frontmatter to give for a file without one', () => expect(readReportFile('## A {#a}\n').frontmatter).toBeUndefined());
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const minutes = (mdx: string) => readingMinutes(readReportFile(mdx).body);

  it('counts words at 230 a minute, rounded, and never says zero', () => {
    expect(minutes(words(460))).toBe(2);
    expect(minutes(words(800))).toBe(3);
    expect(minutes('')).toBe(1);
  });

  it('does not count markup, frontmatter or pinned ids as words', () => {
    const marked = `---\ntitle: Many words in a title\n---\n\n## Heading {#pinned-id}\n\n<Person id="bialiatski">Bialiatski</Person>`;
    const plain = 'Heading Bialiatski';
    expect(minutes(`${marked} ${words(458)}`)).toBe(minutes(`${plain} ${words(458)}`));
    expect(minutes(`${marked}\n\n${words(570)}`)).toBe(2); // 572 words: 2.49 minutes
    expect(minutes(`${plain}\n\n${words(574)}`)).toBe(3); // 576 words: 2.50 minutes
  });
});
