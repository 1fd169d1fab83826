import { describe, expect, it } from 'vitest';
import { parseReportBody, peopleIn } from '../../src/lib/report-body';

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
  it('finds the pinned sections, in order, with their depth', () => {
    expect(parsed.sections.map((s) => [s.id, s.title, s.depth])).toEqual([
      ['first', 'First', 2],
      ['inside', 'Inside', 3],
      ['last', 'Last', 2],
    ]);
  });
  it('lists each person once per section', () => expect(parsed.sections[0].people).toEqual(['a', 'b']));
  it('finds quotations and asides', () => {
    expect(parsed.sections[1].quoted).toEqual(['c']);
    expect(parsed.sections[1].otherReports).toEqual([{ report: 'other', section: 'there' }]);
    expect(peopleIn(parsed.sections[1])).toEqual(['c']);
  });
  it('reports headings without a pinned id', () => expect(parsed.unpinnedHeadings).toEqual(['No id here']));
  it('reports names that come before any heading', () => {
    expect(parseReportBody('<Person id="x">X</Person>\n## A {#a}').outsideSections).toEqual(['<Person id="x">X</Person>']);
  });
});
