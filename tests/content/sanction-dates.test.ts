/**
 * src/lib/check/sanction-dates.ts: a sanction is dated only as a report dates sanctions, on the real
 * content and on a variant whose evidence takes the year from a sentence about something else.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/load/content.ts';
import { sanctionDateProblems } from '../../src/lib/check/sanction-dates.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
const sentences = content.reports.flatMap((r) => r.sourceText.split(/(?<=[.!?])\s+|\n+/).map((text) => ({ report: r.id, text })));
/** A sentence that gives a year and does not speak of sanctions, and one of the same report that does. */
const dated = sentences.find((s) => /\b20\d\d\b/.test(s.text) && !/sanction/i.test(s.text))!;
const aboutSanctions = sentences.find((s) => s.report === dated.report && /sanction/i.test(s.text))!;
const year = /\b20\d\d\b/.exec(dated.text)![0];

describe('a sanction is dated only as a report dates sanctions', () => {
  it('holds for the real content', () => expect(sanctionDateProblems(content)).toEqual([]));

  it('has a sentence with a year and none about sanctions in one source, to test with', () => {
    expect(dated).toBeDefined();
    expect(aboutSanctions).toBeDefined();
  });

  it("refuses a year taken from another sentence than the sanctions', naming the file, line and field", () => {
    const c = structuredClone(content);
    const [sanction] = c.sanctions;
    sanction.data.target = `Sanctions imposed in ${year}`;
    sanction.data.evidence.target = { [dated.report]: [dated.text.match(new RegExp(`[^,]*${year}[^,]*`))![0].trim(), aboutSanctions.text.slice(0, 40)] };
    expect(sanctionDateProblems(c)).toEqual([
      expect.stringMatching(new RegExp(`^${RegExp.escape(sanction.filePath)}:\\d+: target: .* dates the sanctions ${year}, but no source sentence about sanctions gives ${year}`)),
    ]);
  });

  it("refuses it in an editor's note's basis too", () => {
    const c = structuredClone(content);
    const [sanction] = c.sanctions;
    sanction.data.notes.title = { note: 'A note.', basis: `The report says they were imposed in ${year}.` };
    expect(sanctionDateProblems(c)).toEqual([expect.stringMatching(/: notes\.title\.basis: .* dates the sanctions/)]);
  });
});
