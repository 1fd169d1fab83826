import { describe, expect, it } from 'vitest';
import { parseReportBody, peopleIn, readingMinutes } from '../../src/lib/model/report-body';

const body = `
## First {#first}

<Person id="a">A</Person> met <Person id="b">B</Person>, then <Person id="a">A</Person> again.

### Inside {#inside}

<Quote by="c">
Words.
</Quote>

<OtherReport report="other" section="there">
Elsewhere.
</OtherReport>

## No id here

## Last {#last}
`;

describe('parseReportBody', () => {
  const parsed = parseReportBody(body);
  it('finds the pinned sections, in order, with their depth and line', () => {
    expect(parsed.sections.map((s) => [s.id, s.title, s.depth, s.line])).toEqual([
      ['first', 'First', 2, 2],
      ['inside', 'Inside', 3, 6],
      ['last', 'Last', 2, 18],
    ]);
  });
  it('lists each person once per section', () => expect(parsed.sections[0].people).toEqual(['a', 'b']));
  it('finds quotations and asides', () => {
    expect(parsed.sections[1].quotations).toEqual([{ id: undefined, by: 'c', source: undefined, text: 'Words.', line: 8 }]);
    expect(parsed.sections[1].otherReports).toEqual([{ report: 'other', section: 'there' }]);
    expect(peopleIn(parsed.sections[1])).toEqual(['c']);
  });
  it('reports headings without a pinned id, with their line', () =>
    expect(parsed.unpinnedHeadings).toEqual([{ title: 'No id here', line: 16 }]));
  it('reports names that come before any heading, with their line', () => {
    expect(parseReportBody('\n<Person id="x">X</Person>\n## A {#a}').outsideSections).toEqual([
      { text: '<Person id="x">X</Person>', line: 2 },
    ]);
  });
});

describe('readingMinutes', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('counts words at 230 a minute, rounded, and never says zero', () => {
    expect(readingMinutes(words(460))).toBe(2);
    expect(readingMinutes(words(800))).toBe(3);
    expect(readingMinutes('')).toBe(1);
  });

  it('does not count markup or pinned ids as words', () => {
    const marked = `## Heading {#pinned-id}\n\n<Person id="bialiatski">Bialiatski</Person> <Quote by="x" source="y">`;
    const plain = 'Heading Bialiatski';
    expect(readingMinutes(`${marked} ${words(458)}`)).toBe(readingMinutes(`${plain} ${words(458)}`));
    expect(readingMinutes(`${marked}\n${words(570)}`)).toBe(2); // 572 words: 2.49 minutes
    expect(readingMinutes(`${plain}\n${words(574)}`)).toBe(3); // 576 words: 2.50 minutes
  });
});
