/**
 * The rule /about/ states, as src/lib/model/verdict.ts applies it: a claim's
 * verdict from its accounts' answers, speakers and certainty, never typed.
 */
import { describe, expect, it } from 'vitest';
import { differenceOf, verdictOf } from '../../src/lib/model/verdict.ts';

type A = { report: string; by: string; certainty: ('some' | 'likely' | 'expected' | 'will' | 'announced' | 'agreed')[]; answer: string[] };
const account = (report: string, answer: string[], by = 'outlet', certainty: A['certainty'] = []): A => ({ report, by, certainty, answer });

describe('the verdict on a claim', () => {
  it('is "only one says it" when one report gives every account', () => {
    expect(verdictOf([account('a', ['123']), account('a', ['124'], 'slunkin')])).toEqual({ verdict: 'only-one', differsIn: [] });
  });

  it('is "agree" for the same answer in the same voice and certainty', () => {
    expect(verdictOf([account('a', ['John Coale']), account('b', ['john  coale'])])).toEqual({ verdict: 'agree', differsIn: [] });
  });

  it('still agrees where one report also gives the answer citing another outlet', () => {
    expect(verdictOf([account('a', ['123']), account('b', ['123']), account('b', ['123'], 'BBC News')]).verdict).toBe('agree');
  });

  it('differs in who says it: an analyst expects in one, the envoy says in the other', () => {
    const v = verdictOf([account('a', ['more lifted'], 'slunkin', ['expected', 'will']), account('b', ['more lifted'], 'coale', ['will'])]);
    expect(v).toEqual({ verdict: 'differ', differsIn: ['speaker', 'certainty'] });
  });

  it('differs in how sure where one side alone hedges ("some")', () => {
    expect(verdictOf([account('a', ['potash']), account('b', ['potash'], 'outlet', ['some'])])).toEqual({ verdict: 'differ', differsIn: ['certainty'] });
  });

  it('differs in the answers where one report gives one the other does not', () => {
    expect(verdictOf([account('a', ['US', 'EU', 'UK']), account('b', ['EU', 'US'])])).toEqual({ verdict: 'differ', differsIn: ['answer'] });
  });

  it('differs in both where the speakers and the hedges are each shared, but never in one way', () => {
    const v = verdictOf([
      account('a', ['x'], 'outlet', ['some']),
      account('a', ['x'], 'coale'),
      account('b', ['x'], 'outlet'),
      account('b', ['x'], 'coale', ['some']),
    ]);
    expect(v).toEqual({ verdict: 'differ', differsIn: ['speaker', 'certainty'] });
  });

  it('says in words what they differ in', () => {
    expect(differenceOf(['speaker', 'certainty'])).toBe('in who says it and in how sure they are');
  });
});
