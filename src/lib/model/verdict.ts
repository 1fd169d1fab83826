/**
 * The verdict on a claim, derived from its accounts' facets by the rule that
 * /about/ states in words ("How the reports are compared"); the build refuses
 * a verdict typed in a claim that this rule does not give (src/lib/check/claims.ts).
 *
 * Each account gives one or more answers, says who gives them (`by`: the report
 * in its own voice, a person, or whom it credits) and how sure it is (`certainty`,
 * the source's hedges). A report's position is, for each answer it gives, the
 * set of ways it gives it: who says it, and how sure.
 *
 * - Only one report gives an account: "only-one".
 * - The reports give the same answers, and every answer is given by each of them
 *   in at least one way they share (the same speaker, the same certainty): "agree".
 * - Otherwise "differ", with the facets they differ in: the answers, who says
 *   them, or how sure. A hedge on one side only ("some", "likely") is a
 *   difference; so is the same answer from an analyst in one report and from
 *   the envoy in another.
 */
import type { ClaimAccount, Verdict } from '../load/schemas.ts';

export type Facet = 'answer' | 'speaker' | 'certainty';

export interface DerivedVerdict {
  verdict: Verdict;
  /** Where the reports differ, in this order; empty unless they differ. */
  differsIn: Facet[];
}

type Facets = Pick<ClaimAccount, 'report' | 'by' | 'certainty' | 'answer'>;

/** Answers alike whatever their case, spacing and typography of quotes. */
const answerKey = (answer: string) => answer.toLowerCase().replace(/[‘’“”"']/g, '').replace(/\s+/g, ' ').trim();
const certaintyKey = (c: readonly string[]) => [...new Set(c)].sort().join('+');
const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));

const IN: Record<Facet, string> = { answer: 'in their answers', speaker: 'in who says it', certainty: 'in how sure they are' };

/** Where the reports differ, in words: "in who says it and in how sure they are". */
export const differenceOf = (facets: readonly Facet[]) => new Intl.ListFormat('en-GB').format(facets.map((f) => IN[f]));

export function verdictOf(accounts: readonly Facets[]): DerivedVerdict {
  // For each report, in the order the accounts name them: answer → the ways it is given ("speaker|certainty").
  const positions = new Map<string, Map<string, Set<string>>>();
  for (const a of accounts) {
    const position = positions.get(a.report) ?? positions.set(a.report, new Map()).get(a.report)!;
    for (const answer of a.answer) {
      const ways = position.get(answerKey(answer)) ?? position.set(answerKey(answer), new Set()).get(answerKey(answer))!;
      ways.add(`${a.by}|${certaintyKey(a.certainty)}`);
    }
  }
  const reports = [...positions.values()];
  if (reports.length < 2) return { verdict: 'only-one', differsIn: [] };

  const differsIn = new Set<Facet>();
  const answers = reports.map((p) => new Set(p.keys()));
  if (!answers.every((a) => sameSet(a, answers[0]!))) differsIn.add('answer');
  // For each answer every report gives, is there one way (speaker and certainty) that all of them give it?
  const shared = [...answers[0]!].filter((answer) => answers.every((a) => a.has(answer)));
  for (const answer of shared) {
    const ways = reports.map((p) => p.get(answer)!);
    if ([...ways[0]!].some((way) => ways.every((w) => w.has(way)))) continue;
    const part = (i: 0 | 1) => ways.map((w) => new Set([...w].map((way) => way.split('|')[i]!)));
    const [speakers, certainties] = [part(0), part(1)];
    const overlap = (sets: Set<string>[]) => [...sets[0]!].some((x) => sets.every((s) => s.has(x)));
    if (!overlap(speakers)) differsIn.add('speaker');
    if (!overlap(certainties)) differsIn.add('certainty');
    // Each facet is shared, but never both in one way: who says it goes with how sure.
    if (overlap(speakers) && overlap(certainties)) differsIn.add('speaker').add('certainty');
  }
  const order: Facet[] = ['answer', 'speaker', 'certainty'];
  return differsIn.size ? { verdict: 'differ', differsIn: order.filter((f) => differsIn.has(f)) } : { verdict: 'agree', differsIn: [] };
}
