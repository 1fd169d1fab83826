import { describe, expect, it } from 'vitest';
import { referenceProblems, assertReferences, type SiteContent } from '../../src/lib/integrity';
import { loadContent } from '../support/content';

/** A fresh copy of the real content, for one test to break. */
const content = (): SiteContent => structuredClone(loadContent());
const entry = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id)!;

describe('the real content', () => {
  it('has no dangling reference', () => expect(referenceProblems(loadContent())).toEqual([]));
});

describe('a reference to nothing is reported with the file and the field', () => {
  const cases: [string, (c: SiteContent) => void, string][] = [
    [
      "a person's nationality",
      (c) => (entry(c.people, 'khomich').data.nationality = 'atlantis'),
      'content/people/khomich.yaml: nationality: no country "atlantis" in content/countries/',
    ],
    [
      "a country role's report",
      (c) => (entry(c.countries, 'belarus').data.roles[0].sources[1].report = 'bbc'),
      'content/countries/belarus.yaml: roles[0].sources[1].report: no report "bbc" in content/reports/',
    ],
    [
      "a destination figure's section",
      (c) => (entry(c.countries, 'ukraine').data.destination![0].section = 'gone'),
      'content/countries/ukraine.yaml: destination[0].section: report "al-jazeera" has no section "gone"',
    ],
    [
      'who imposed a sanction',
      (c) => (entry(c.sanctions, 'uk').data.imposedBy = 'england'),
      'content/sanctions/uk.yaml: imposedBy: no country "england" in content/countries/',
    ],
    [
      'who announced a change',
      (c) => (entry(c.sanctions, 'us-potash').data.change!.announcedBy = 'nobody'),
      'content/sanctions/us-potash.yaml: change.announcedBy: no person "nobody" in content/people/',
    ],
    [
      "a report's list of sanctions",
      (c) => entry(c.reports, 'al-jazeera').data.sanctions.push('canada'),
      'content/reports/al-jazeera.mdx: sanctions[4]: no sanction "canada" in content/sanctions/',
    ],
    [
      'the section that gives the number freed',
      (c) => (entry(c.reports, 'al-jazeera').data.released.section = 'nowhere'),
      'content/reports/al-jazeera.mdx: released.section: report "al-jazeera" has no section "nowhere"',
    ],
    [
      'a <Person> in a report body',
      (c) => (entry(c.reports, 'al-jazeera').body += '\n<Person id="ghost">A ghost</Person>\n'),
      'content/reports/al-jazeera.mdx: section "emotional-moment": no person "ghost" in content/people/',
    ],
    [
      "a claim's report",
      (c) => (entry(c.claims, 'who-brokered').data.accounts[1].report = 'bbc'),
      'content/claims/who-brokered.yaml: accounts[1].report: no report "bbc" in content/reports/',
    ],
    [
      "a claim's section",
      (c) => (entry(c.claims, 'who-brokered').data.accounts[0].section = 'the-envoy'),
      'content/claims/who-brokered.yaml: accounts[0].section: report "al-jazeera" has no section "the-envoy"',
    ],
    [
      "a claim's people",
      (c) => entry(c.claims, 'who-brokered').data.people.push('kissinger'),
      'content/claims/who-brokered.yaml: people[2]: no person "kissinger" in content/people/',
    ],
    [
      "a timeline event's section",
      (c) => (entry(c.events, '2025-12-minsk-talks').data.sources[0].section = 'minsk'),
      'content/events/2025-12-minsk-talks.yaml: sources[0].section: report "al-jazeera" has no section "minsk"',
    ],
    [
      'an <OtherReport> aside',
      (c) => {
        const r = entry(c.reports, 'al-jazeera');
        r.body = r.body.replace('section="transfer"', 'section="handover"');
      },
      'content/reports/al-jazeera.mdx: section "where-they-went": <OtherReport>[0].section: report "bbc-washington-insider" has no section "handover"',
    ],
  ];
  for (const [what, breakIt, message] of cases) {
    it(`in ${what}`, () => {
      const c = content();
      breakIt(c);
      expect(referenceProblems(c)).toContain(message);
      expect(() => assertReferences(c)).toThrow(message);
    });
  }
});

describe('report bodies', () => {
  const problemsAfter = (edit: (body: string) => string) => {
    const c = content();
    const r = entry(c.reports, 'bbc-washington-insider');
    r.body = edit(r.body);
    return referenceProblems(c);
  };
  it('need a pinned id on every heading', () => {
    expect(problemsAfter((b) => b + '\n## An afterthought\n')).toContain(
      'content/reports/bbc-washington-insider.mdx: heading "An afterthought" needs a pinned id, written as {#some-id} after it',
    );
  });
  it('may not use a section id twice', () => {
    expect(problemsAfter((b) => b + '\n## Again {#release}\n')).toContain(
      'content/reports/bbc-washington-insider.mdx: section id "release" is used twice',
    );
  });
  it('must list in the frontmatter everyone they name', () => {
    expect(problemsAfter((b) => b + '\n<Person id="marin">Anais Marin</Person>\n')).toContain(
      'content/reports/bbc-washington-insider.mdx: people: "marin" is named in section "sanctions-leverage" but missing from the list',
    );
  });
  it('may keep an old section id as an alias of a section that exists', () => {
    const c = content();
    const r = entry(c.reports, 'bbc-washington-insider');
    r.data.anchorAliases = { 'old-release': 'release', 'old-gone': 'gone', engagement: 'release' };
    const problems = referenceProblems(c);
    expect(problems).toContain('content/reports/bbc-washington-insider.mdx: anchorAliases.old-gone: this report has no section "gone"');
    expect(problems).toContain(
      'content/reports/bbc-washington-insider.mdx: anchorAliases.engagement: "engagement" is still a section id; an alias is for an id no longer used',
    );
    expect(problems.filter((p) => p.includes('old-release'))).toEqual([]);
  });
  it('must name everyone the frontmatter lists', () => {
    expect(problemsAfter((b) => b.replaceAll('<Person id="zolotova">Marina Zolotova</Person>', 'Marina Zolotova'))).toContain(
      'content/reports/bbc-washington-insider.mdx: people: "zolotova" is listed but never named with <Person> or <Quote>',
    );
  });
});
