/**
 * src/lib/check/claims.ts: the facets a claim's verdict is derived from say no
 * more than their evidence, and a verdict typed in a claim is the rule's. Each
 * check refuses a bad input in process, naming file, line and field; the real
 * content passes them all.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, type SiteContent } from '../../src/lib/load/content.ts';
import { claimProblems } from '../../src/lib/check/claims.ts';
import { verdictOf } from '../../src/lib/model/verdict.ts';
import { CERTAINTY, OWN_VOICE } from '../../src/lib/load/schemas.ts';
import { contentCopy, problemsOf, removeContentCopies, shown } from '../support/problems.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

afterAll(removeContentCopies);

const content = loadContent(CONTENT);
const withEdit = (edit: (c: SiteContent) => void) => {
  const c = structuredClone(content);
  edit(c);
  return claimProblems(c);
};
/** The first account, of any claim, that `pick` accepts: its claim and index. */
const find = (pick: (a: SiteContent['claims'][number]['data']['accounts'][number]) => boolean) => {
  for (const claim of content.claims) {
    const i = claim.data.accounts.findIndex(pick);
    if (i >= 0) return { claim, i, account: claim.data.accounts[i]! };
  }
  throw new Error('no such account in the content');
};
const editAccount = (claimId: string, i: number, edit: (a: SiteContent['claims'][number]['data']['accounts'][number]) => void) =>
  withEdit((c) => edit(c.claims.find((x) => x.id === claimId)!.data.accounts[i]!));
const at = (claimId: string, field: string) =>
  new RegExp(`^${RegExp.escape(content.claims.find((c) => c.id === claimId)!.filePath)}:\\d+: ${RegExp.escape(field)}: `);

describe('the facets of every claim', () => {
  it('pass on the real content', () => expect(claimProblems(content)).toEqual([]));

  it('refuse "outlet" for words the source credits to another', () => {
    const credited = find((a) => a.by !== OWN_VOICE && a.evidence !== undefined && content.reports.find((r) => r.id === a.report)!.sourceCredits?.data.credits.some((c) => c.to === a.by) === true);
    const problems = editAccount(credited.claim.id, credited.i, (a) => (a.by = OWN_VOICE));
    // One problem for each passage of its evidence that the source credits.
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toEqual(problems.map(() => expect.stringMatching(at(credited.claim.id, `accounts[${credited.i}].by`))));
    for (const problem of problems) expect(problem).toContain(`write by: ${credited.account.by}`);
  });

  it('refuse a person whose words the evidence is not', () => {
    const own = find((a) => a.by === OWN_VOICE && a.evidence !== undefined);
    const someone = content.people.find((p) => !own.account.evidence!.join(' ').includes(p.data.name.split(' ').at(-1)!))!;
    const problems = editAccount(own.claim.id, own.i, (a) => (a.by = someone.id));
    expect(problems).toEqual([expect.stringMatching(at(own.claim.id, `accounts[${own.i}].by`))]);
    expect(problems[0]).toContain(`nothing in its evidence is credited to ${someone.id}`);
  });

  it('refuse a speaker who is no one the site or the source knows', () => {
    const any = find(() => true);
    const problems = editAccount(any.claim.id, any.i, (a) => (a.by = 'a passer-by'));
    expect(problems).toEqual([expect.stringMatching(at(any.claim.id, `accounts[${any.i}].by`))]);
  });

  it('refuse a certainty that drops a hedge its evidence carries, or adds one it does not', () => {
    const hedged = find((a) => a.certainty.includes('some'));
    const dropped = editAccount(hedged.claim.id, hedged.i, (a) => (a.certainty = a.certainty.filter((c) => c !== 'some')));
    expect(dropped).toEqual([expect.stringMatching(at(hedged.claim.id, `accounts[${hedged.i}].certainty`))]);
    expect(dropped[0]).toContain(`says “${CERTAINTY.some.words}”; add some`);

    const plain = find((a) => a.certainty.length === 0 && a.evidence !== undefined && !/likely/.test(a.evidence.join(' ')));
    const added = editAccount(plain.claim.id, plain.i, (a) => (a.certainty = ['likely']));
    expect(added).toEqual([expect.stringMatching(at(plain.claim.id, `accounts[${plain.i}].certainty`))]);
  });

  it('refuse an answer whose number the evidence does not give', () => {
    const counted = find((a) => a.answer.some((x) => /^\d+$/.test(x)));
    const problems = editAccount(counted.claim.id, counted.i, (a) => (a.answer = ['150']));
    expect(problems).toEqual([expect.stringMatching(at(counted.claim.id, `accounts[${counted.i}].answer`))]);
  });

  it('refuse an account that cites a section which does not retell its evidence, naming the one that does', () => {
    const account = find((a) => a.evidence !== undefined && content.reports.find((r) => r.id === a.report)!.body.sections.length > 1);
    const report = content.reports.find((r) => r.id === account.account.report)!;
    const other = report.body.sections.find((s) => s.id !== account.account.section && !s.text.includes(account.account.evidence![0]!.slice(0, 12)))!;
    const problems = editAccount(account.claim.id, account.i, (a) => (a.section = other.id));
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(at(account.claim.id, `accounts[${account.i}].evidence`));
    expect(problems.join('\n')).toContain(`("${account.account.section}" retells it)`);
  });
});

describe('the addresses of merged claims', () => {
  const merged = content.claims.find((c) => c.data.formerIds.length)!;
  it('refuse a former id that is still a claim, or kept by two claims', () => {
    const other = content.claims.find((c) => c.id !== merged.id)!;
    expect(withEdit((c) => c.claims.find((x) => x.id === merged.id)!.data.formerIds.push(other.id))).toEqual([
      expect.stringMatching(at(merged.id, `formerIds[${merged.data.formerIds.length}]`)),
    ]);
    expect(withEdit((c) => (c.claims.find((x) => x.id === other.id)!.data.formerIds = [merged.data.formerIds[0]!]))).toEqual([
      expect.stringMatching(new RegExp(`: "${merged.data.formerIds[0]}" is kept by the claim "(${merged.id}|${other.id})" too`)),
    ]);
  });
});

describe('a verdict typed in a claim', () => {
  const differing = content.claims.find((c) => verdictOf(c.data.accounts).verdict === 'differ')!;
  const file = differing.filePath.split('/').at(-1)!;
  let copy = '';
  const typed = (verdict: string) =>
    problemsOf((copy = contentCopy((dir) => writeFileSync(join(dir, 'claims', file), `verdict: ${verdict}\n${readFileSync(join(CONTENT, 'claims', file), 'utf8')}`))));

  it('stops the build, naming file, line and field, where the rule gives another', () => {
    const problems = typed('agree');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${RegExp.escape(shown(copy, `claims/${file}`))}:1: verdict: "agree" is not what the rule on /about/ gives for these accounts: "differ" \\(they differ in `));
  });

  it('passes where it is the rule’s', () => expect(typed('differ')).toEqual([]));
});
