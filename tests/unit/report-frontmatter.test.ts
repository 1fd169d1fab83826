/**
 * What @astrojs/mdx is handed to compile a report (src/integrations/report-frontmatter.ts):
 * the report with nothing left in its frontmatter to parse, and every line where it was.
 */
import { describe, expect, it } from 'vitest';
import { withEmptyFrontmatter } from '../../src/integrations/report-frontmatter.ts';

const report = ['---', 'title: A', 'people:', '  - a', '---', '', '## One {#one}', '', 'Text --- with a dash.', ''].join('\n');

describe('a report handed to the MDX compiler', () => {
  const handed = withEmptyFrontmatter(report);

  it('keeps the frontmatter’s two --- lines and blanks the lines between them', () =>
    expect(handed.split('\n').slice(0, 5)).toEqual(['---', '', '', '', '---']));

  it('keeps every line of the text at its number, and the text as written', () => {
    expect(handed.split('\n')).toHaveLength(report.split('\n').length);
    expect(handed.split('\n').slice(5)).toEqual(report.split('\n').slice(5));
  });

  it('leaves a text without frontmatter, or with a --- further down, as it is', () => {
    const body = '## One {#one}\n\n---\ntitle: not frontmatter\n---\n';
    expect(withEmptyFrontmatter(body)).toBe(body);
  });

  it('handles an empty frontmatter and Windows line ends', () => {
    expect(withEmptyFrontmatter('---\n---\nText')).toBe('---\n---\nText');
    expect(withEmptyFrontmatter('---\r\ntitle: A\r\n---\r\nText')).toBe('---\n\n---\r\nText');
  });
});
