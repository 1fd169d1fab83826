/**
 * src/lib/check/dating-quotes.ts: a basis that quotes a report's words for a date says what the report
 * dates with them, on the real content and on variants of it.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { datingQuoteProblems } from '../../src/lib/check/dating-quotes.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
/** The dating words the site's own dating of the event quotes, and the source sentence they come from. */
const quoted = /[“"]([^”"]+)[”"]/.exec(content.site.eventDate.basis)?.[1];
const sentence = content.reports.map((r) => r.sourceText.split('\n').find((l) => quoted && l.includes(quoted))).find(Boolean);

const withBasis = (basis: string) => {
  const c = structuredClone(content);
  c.site.eventDate.basis = basis;
  return datingQuoteProblems(c);
};

describe('a quoted date keeps what it dates', () => {
  it('holds for the real content', () => expect(datingQuoteProblems(content)).toEqual([]));

  it("has a quoted date in the site's dating, from a source sentence, to test with", () => {
    expect(quoted).toBeDefined();
    expect(sentence).toBeDefined();
  });

  it('refuses a quoted date put to something its sentence does not speak of, naming the file, line and field', () => {
    expect(withBasis(`The reports say the ceremony came “${quoted}”.`)).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(content.siteFile.filePath)}:\\d+: eventDate\\.basis: “${RegExp.escape(quoted!)}” is quoted without what`)),
    ]);
    // A clause ends at a stop: what the sentence speaks of, named in an earlier clause, does not count.
    const word = sentence!.match(/\p{L}{6,}/gu)!.find((w) => !quoted!.includes(w))!;
    expect(withBasis(`It speaks of ${word}; it says “${quoted}”.`)).toHaveLength(1);
  });

  it('accepts it where the clause names a word of its sentence', () => {
    const word = sentence!.match(/\p{L}{6,}/gu)!.find((w) => !quoted!.includes(w))!;
    expect(withBasis(`The report dates the ${word} “${quoted}”.`)).toEqual([]);
  });
});
