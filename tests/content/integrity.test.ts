import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ContentError, loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { assertSound, contentProblems } from '../../src/lib/check/index.ts';
import { referenceProblems } from '../../src/lib/check/references.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';
import { editBody } from '../support/edit-report.ts';

/** A fresh copy of the real content, for one test to break. */
const content = (): SiteContent => structuredClone(loadContent(CONTENT));
const entry = <T extends { id: string }>(list: T[], id: string) => list.find((e) => e.id === id)!;
const problemsOf = (c: SiteContent) => contentProblems(c);
/** How the problems name an entry's file: its path from the working directory, whatever the content folder. */
const fileOf = <T extends { id: string; filePath: string }>(list: T[], id: string) => entry(list, id).filePath;

/**
 * The line of a report file, as it reads once `appended` is added to its body,
 * where `text` first occurs: counted in the file itself, not through the model.
 */
const lineOf = (filePath: string, appended: string, text: string) =>
  (readFileSync(resolve(filePath), 'utf8') + appended)
    .split('\n')
    .findIndex((l) => l.includes(text)) + 1;

describe('the real content', () => {
  it('names each entry by the file it was read from', () => {
    const c = content();
    for (const collection of ['reports', 'people', 'countries', 'sanctions', 'claims', 'events'] as const) {
      for (const e of c[collection]) {
        const file = resolve(e.filePath);
        expect(dirname(file), e.filePath).toBe(join(CONTENT, collection));
        expect(basename(file, extname(file)), e.filePath).toBe(e.id);
      }
    }
  });
  it('has no dangling reference', () => expect(problemsOf(content())).toEqual([]));
  it('passes every check', () => expect(contentProblems(content())).toEqual([]));
  it('has no dangling reference, by the reference check alone', () => expect(referenceProblems(content())).toEqual([]));
});

describe('a reference to nothing is reported with the file and the field, and what to do', () => {
  const cases: [string, (c: SiteContent) => void, string | ((c: SiteContent) => string)][] = [
    [
      "a person's nationality",
      (c) => (entry(c.people, 'khomich').data.nationality = 'atlantis'),
      (c) => `${fileOf(c.people, 'khomich')}: nationality: no country "atlantis"; add ${c.dir}/countries/atlantis.yaml or correct the id`,
    ],
    [
      "a country role's report",
      (c) => (entry(c.countries, 'belarus').data.roles[0].sources[1].report = 'bbc'),
      (c) => `${fileOf(c.countries, 'belarus')}: roles[0].sources[1].report: no report "bbc" in ${c.dir}/reports/; correct the id`,
    ],
    [
      "a destination figure's section",
      (c) => (entry(c.countries, 'ukraine').data.destination![0].section = 'gone'),
      (c) => `${fileOf(c.countries, 'ukraine')}: destination[0].section: report "al-jazeera" has no section "gone"; use one of its {#id}s`,
    ],
    [
      'who imposed a sanction',
      (c) => (entry(c.sanctions, 'uk').data.imposedBy = 'england'),
      (c) => `${fileOf(c.sanctions, 'uk')}: imposedBy: no country "england"; add ${c.dir}/countries/england.yaml or correct the id`,
    ],
    [
      'who announced a change',
      (c) => (entry(c.sanctions, 'us-potash').data.change!.announcedBy = 'nobody'),
      (c) => `${fileOf(c.sanctions, 'us-potash')}: change.announcedBy: no person "nobody"; add ${c.dir}/people/nobody.yaml or correct the id`,
    ],
    [
      "a report's list of sanctions",
      (c) => entry(c.reports, 'al-jazeera').data.sanctions.push('canada'),
      (c) =>
        `${fileOf(c.reports, 'al-jazeera')}: sanctions[${entry(c.reports, 'al-jazeera').data.sanctions.length - 1}]: no sanction "canada"; add ${c.dir}/sanctions/canada.yaml or correct the id`,
    ],
    [
      'the section that gives the number freed',
      (c) => (entry(c.reports, 'al-jazeera').data.released.section = 'nowhere'),
      (c) => `${fileOf(c.reports, 'al-jazeera')}: released.section: report "al-jazeera" has no section "nowhere"; use one of its {#id}s`,
    ],
    [
      'a <Person> in a report body',
      (c) => editBody(entry(c.reports, 'al-jazeera'), (b) => `${b}\n<Person id="ghost">A ghost</Person>\n`),
      (c) => `${fileOf(c.reports, 'al-jazeera')}: section "emotional-moment": no person "ghost"; add ${c.dir}/people/ghost.yaml or correct the id`,
    ],
    [
      "a claim's report",
      (c) => (entry(c.claims, 'who-brokered').data.accounts[1].report = 'bbc'),
      (c) => `${fileOf(c.claims, 'who-brokered')}: accounts[1].report: no report "bbc" in ${c.dir}/reports/; correct the id`,
    ],
    [
      "a claim's section",
      (c) => (entry(c.claims, 'who-brokered').data.accounts[0].section = 'the-envoy'),
      (c) => `${fileOf(c.claims, 'who-brokered')}: accounts[0].section: report "al-jazeera" has no section "the-envoy"; use one of its {#id}s`,
    ],
    [
      "a claim's people",
      (c) => entry(c.claims, 'who-brokered').data.people.push('kissinger'),
      (c) =>
        `${fileOf(c.claims, 'who-brokered')}: people[${entry(c.claims, 'who-brokered').data.people.length - 1}]: no person "kissinger"; add ${c.dir}/people/kissinger.yaml or correct the id`,
    ],
    [
      "a timeline event's section",
      (c) => (entry(c.events, '2025-12-minsk-talks').data.sources[0].section = 'minsk'),
      (c) => `${fileOf(c.events, '2025-12-minsk-talks')}: sources[0].section: report "al-jazeera" has no section "minsk"; use one of its {#id}s`,
    ],
    [
      'an <OtherReport> aside',
      (c) => {
        editBody(entry(c.reports, 'al-jazeera'), (b) => b.replace('section="transfer"', 'section="handover"'));
      },
      (c) => `${fileOf(c.reports, 'al-jazeera')}: section "where-they-went": <OtherReport>[0].section: report "washington-insider" has no section "handover"; use one of its {#id}s`,
    ],
  ];
  for (const [what, breakIt, expected] of cases) {
    it(`in ${what}`, () => {
      const c = content();
      breakIt(c);
      const message = typeof expected === 'string' ? expected : expected(c);
      expect(problemsOf(c)).toContain(message);
      expect(() => assertSound(c)).toThrow(message);
      expect(() => assertSound(c)).toThrow(ContentError);
    });
  }
});

describe('report bodies', () => {
  const FILE = fileOf(content().reports, 'washington-insider');
  const problemsAfter = (edit: (body: string) => string) => {
    const c = content();
    editBody(entry(c.reports, 'washington-insider'), edit);
    return problemsOf(c);
  };
  it('need a pinned id on every heading, the problem naming its line', () => {
    const added = '\n## An afterthought\n';
    expect(problemsAfter((b) => b + added)).toContain(
      `${FILE}:${lineOf(FILE, added, '## An afterthought')}: heading "An afterthought" needs a pinned id, written as {#some-id} after it`,
    );
  });
  it('may not use a section id twice, the problem naming the second one’s line', () => {
    const added = '\n## Again {#release}\n';
    expect(problemsAfter((b) => b + added)).toContain(
      `${FILE}:${lineOf(FILE, added, '## Again {#release}')}: section id "release" is used twice; give each heading its own {#id}`,
    );
  });
  it('may not name anyone before the first heading, the problem naming its line', () => {
    const c = content();
    editBody(entry(c.reports, 'washington-insider'), (b) => '<Person id="marin">Anais Marin</Person>\n' + b);
    // The body's first line is the line after the frontmatter's closing ---.
    const file = readFileSync(resolve(FILE), 'utf8').split('\n');
    const firstBodyLine = file.indexOf('---', 1) + 2;
    expect(problemsOf(c)).toContain(
      `${FILE}:${firstBodyLine}: <Person> comes before the first heading, where no section can cite it; move it under a heading`,
    );
  });
  it('must list in the frontmatter everyone they name', () => {
    expect(problemsAfter((b) => b + '\n<Person id="marin">Anais Marin</Person>\n')).toContain(
      `${FILE}: people: "marin" is named in section "sanctions-leverage" but missing from the list; add it`,
    );
  });
  it('may keep an old section id as an alias of a section that exists', () => {
    const c = content();
    const r = entry(c.reports, 'washington-insider');
    r.data.anchorAliases = { 'old-release': 'release', 'old-gone': 'gone', engagement: 'release' };
    const problems = problemsOf(c);
    expect(problems).toContain(`${FILE}: anchorAliases.old-gone: this report has no section "gone"`);
    expect(problems).toContain(
      `${FILE}: anchorAliases.engagement: "engagement" is still a section id; an alias is for an id no longer used`,
    );
    expect(problems.filter((p) => p.includes('old-release'))).toEqual([]);
  });
  it('must name everyone the frontmatter lists', () => {
    expect(problemsAfter((b) => b.replaceAll('<Person id="zolotova">Marina Zolotova</Person>', 'Marina Zolotova'))).toContain(
      `${FILE}: people: "zolotova" is listed but never named with <Person> or <Quote>; name them or remove the id`,
    );
  });
});
