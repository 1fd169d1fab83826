/**
 * src/lib/check/evidence/: every statement in the site's voice rests on the
 * source words it retells. Each check is shown refusing a bad input, in
 * process, naming the file, the line and the field; and the real content
 * passes them all.
 */
import { describe, expect, it } from 'vitest';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { readReportFile } from '../../src/lib/load/report-body.ts';
import { editBody } from '../support/edit-report.ts';
import { statementsOf } from '../../src/lib/check/evidence/statements.ts';
import { searchableSources, sourceCreditProblems } from '../../src/lib/check/evidence/sources.ts';
import { evidenceFoundProblems } from '../../src/lib/check/evidence/found.ts';
import { numberProblems } from '../../src/lib/check/evidence/numbers.ts';
import { creditProblems } from '../../src/lib/check/evidence/credits.ts';
import { hedgeProblems } from '../../src/lib/check/evidence/hedges.ts';
import { basisProblems, coverageProblems } from '../../src/lib/check/evidence/coverage.ts';
import { evidenceProblems } from '../../src/lib/check/evidence/index.ts';
import { hedgedFiguresIn, numbersIn } from '../../src/lib/check/evidence/text.ts';
import { normaliseWording as normalise } from '../../src/lib/check/wording.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

const content = loadContent(CONTENT);
/** The checks' inputs after `edit`: the statements, the sources and the model. */
const withEdit = (edit: (c: SiteContent) => void) => {
  const c = structuredClone(content);
  edit(c);
  return { site: c, ...statementsOf(c), sources: searchableSources(c) };
};
const aj = content.reports.find((r) => r.sourceText.includes('Officials told Reuters'))!;
const sanction = content.sanctions[0];
/** Gives the first sanction's target (a field no one is credited with), with this evidence from Al Jazeera. */
const describe_ = (target: string, words: string[]) => (c: SiteContent) => {
  const s = c.sanctions.find((x) => x.id === sanction.id)!;
  s.data.target = target;
  s.data.evidence = { ...s.data.evidence, target: { [aj.id]: words } };
};
const at = (field: string) => new RegExp(`^${RegExp.escape(sanction.filePath)}:\\d+: ${RegExp.escape(field)}: `);

describe('reading words', () => {
  it('takes typography for the same wording, and nothing else', () => {
    expect(normalise('Putin’s  “war” … – ok')).toBe(normalise("putin's \"war\" ... - OK"));
    expect(normalise('freed')).not.toBe(normalise('released'));
  });
  it('reads numbers in digits and in words, but not "one"', () => {
    expect(numbersIn('nine went to Lithuania, 114 to Ukraine, 1,000 in all, one of them in 2020')).toEqual([114, 1000, 2020, 9]);
  });
  it('reads the hedge written right before a number', () => {
    expect(hedgedFiguresIn('at least seven died, more than 3 years, nearly 1,000 in all; 114 went, some of them on')).toEqual([
      { value: 3, hedge: 'more than', words: 'more than 3' },
      { value: 1000, hedge: 'about', words: 'nearly 1,000' },
      { value: 114, words: '114' },
      { value: 7, hedge: 'at least', words: 'at least seven' },
    ]);
  });
});

describe('the <Statement> component in a report body', () => {
  const body = [
    '---',
    'title: T',
    '---',
    '',
    '## Where they went {#where}',
    '',
    '<Statement evidence="nine of the released prisoners left Belarus for Lithuania | 114 were taken to Ukraine">',
    'Officials told Reuters that nine went to <Person id="x">Lithuania</Person> and 114 to Ukraine.',
    '</Statement>',
    '',
    'A sentence with no evidence. <Statement basis="The editor counted them.">Two in all.</Statement>',
    '',
    '<OtherReport report="other" section="s"><Statement evidence="a smaller group">A smaller group went.</Statement></OtherReport>',
  ].join('\n');
  const parsed = readReportFile(body).body;

  it('gives each statement its words, evidence, line and section, and the other report inside <OtherReport>', () => {
    expect(parsed.statements).toEqual([
      {
        text: 'Officials told Reuters that nine went to Lithuania and 114 to Ukraine.',
        evidence: ['nine of the released prisoners left Belarus for Lithuania', '114 were taken to Ukraine'],
        line: 7,
        section: 'where',
      },
      { text: 'Two in all.', evidence: [], basis: 'The editor counted them.', line: 11, section: 'where' },
      { text: 'A smaller group went.', evidence: ['a smaller group'], report: 'other', line: 13, section: 'where' },
    ]);
  });
  it('still finds the names inside a statement', () => expect(parsed.sections[0].people).toEqual(['x']));
  it('lists the sentences outside any statement', () =>
    expect(parsed.bareSentences).toEqual([{ text: 'A sentence with no evidence.', line: 11, section: 'where' }]));
});

describe('evidence checks refuse', () => {
  it('evidence that is not word for word in the source', () => {
    const { statements, sources } = withEdit(describe_('Freed after talks.', ['freed after long talks in Minsk']));
    const problems = evidenceFoundProblems(statements, sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(at('target'));
    expect(problems[0]).toContain(`is not word for word in ${aj.data.sourceFile}`);
  });

  it('a number the evidence does not give, in digits or in words', () => {
    const { statements } = withEdit(describe_('One of 124 freed, after two days of talks.', ['Belarus has freed 123 prisoners', 'after two days of talks']));
    const problems = numberProblems(statements);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(at('target'));
    expect(problems[0]).toContain('the number 124 is not in its evidence');
  });

  it('a count in the data changed without its evidence', () => {
    const country = content.countries.find((c) => c.data.destination?.some((d) => d.count !== undefined && d.evidence))!;
    const i = country.data.destination!.findIndex((d) => d.count !== undefined && d.evidence);
    const { statements } = withEdit((c) => (c.countries.find((x) => x.id === country.id)!.data.destination![i].count! += 1));
    // The figure, and its label, which the pages set after the count.
    const refused = (field: string) =>
      expect.stringMatching(new RegExp(`^${RegExp.escape(country.filePath)}:\\d+: ${field}: the number ${country.data.destination![i].count! + 1} is not in its evidence`));
    expect(numberProblems(statements)).toEqual([refused(`destination\\[${i}\\]`), refused(`destination\\[${i}\\]\\.label`)]);
  });

  it('words of a credited passage without the credit, and takes them with it', () => {
    const words = ['nine of the released prisoners left Belarus for Lithuania'];
    const without = withEdit(describe_('Nine of those freed went to Lithuania, Al Jazeera says.', words));
    const problems = creditProblems(without.statements, without.sources);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(at('target'));
    expect(problems[0]).toContain('credits to Reuters');
    const credited = withEdit(describe_('Nine of those freed went to Lithuania, officials told Reuters.', words));
    expect(creditProblems(credited.statements, credited.sources)).toEqual([]);
  });

  it('a dropped hedge, and a "said" without anyone saying it', () => {
    const { statements } = withEdit(
      describe_('Nine went to Lithuania and the Belarusians went on to Poland.', ['the Belarusian citizens who so wished would subsequently be transported', 'The centre’s statement said']),
    );
    const problems = hedgeProblems(statements);
    expect(problems.map((p) => p.replace(/^.*says “([^”]+)”.*$/, '$1'))).toEqual(['would', 'said']);
    expect(problems[0]).toMatch(at('target'));
  });

  it('a statement with neither evidence nor basis, and a sentence of the retelling with no evidence', () => {
    const { statements, uncovered } = withEdit((c) => editBody(c.reports.find((r) => r.id === aj.id)!, (b) => `${b}\nNor this. <Statement>Nothing backs this.</Statement>\n`));
    expect(basisProblems(statements)).toEqual([expect.stringMatching(new RegExp(`^${RegExp.escape(aj.filePath)}:\\d+: section "[^"]+": “Nothing backs this.” has neither evidence nor an editor's basis`))]);
    expect(coverageProblems(uncovered).join('\n')).toContain('“Nor this.” carries no evidence');
  });

  it('evidence for a field that does not exist', () => {
    const person = content.people[0];
    const { uncovered } = withEdit((c) => (c.people[0].data.evidence = { descripton: { [aj.id]: ['Belarus'] } }));
    expect(coverageProblems(uncovered).join('\n')).toMatch(new RegExp(`${RegExp.escape(person.filePath)}:\\d+: evidence.descripton: `));
  });

  it('a credited passage that is not in its source', () => {
    const { site } = withEdit((c) => c.reports.find((r) => r.id === aj.id)!.sourceCredits!.data.credits[0].passages.push('Officials told Reuters nothing'));
    expect(sourceCreditProblems(site)).toEqual([expect.stringMatching(/\.yaml:\d+: credits\[0\]\.passages\[\d+\]: “Officials told Reuters nothing” is not word for word/)]);
  });
});

describe('the real content', () => {
  it('passes every evidence check', () => expect(evidenceProblems(content)).toEqual([]));

  it('requires evidence, and every statement in its voice carries evidence or an editor\'s basis', () => {
    expect(content.site.requireEvidence).toBe(true);
    const { statements, uncovered } = statementsOf(content);
    expect(uncovered).toEqual([]);
    expect(statements.filter((s) => !s.evidence.length && !s.basis)).toEqual([]);
    expect(statements.filter((s) => s.evidence.length).length).toBeGreaterThan(200);
  });

  it('refuses, when evidence is required, a number changed in a data file that carries none', () => {
    const event = content.events.find((e) => /\b\d+\b/.test(e.data.text))!;
    const { site } = withEdit((c) => {
      const e = c.events.find((x) => x.id === event.id)!;
      delete e.data.evidence.text;
      e.data.text = e.data.text.replace(/\b\d+\b/, '999');
    });
    expect(evidenceProblems(site)).toEqual([expect.stringMatching(new RegExp(`^${RegExp.escape(event.filePath)}:\\d+: text: .* carries no evidence`))]);
  });
});
