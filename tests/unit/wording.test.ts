import { describe, expect, it } from 'vitest';
import { normaliseWording } from '../../src/lib/check/wording.ts';

describe('normaliseWording', () => {
  it('treats typographic variants as the same wording', () => {
    const typeset = 'He said: “It’s over… for now” — and left – quickly.';
    const typed = `he said: "It's over... for now" - and left -quickly.`;
    expect(normaliseWording(typeset)).toBe(normaliseWording(typed));
    expect(normaliseWording('two\u00a0 words\n')).toBe('two words');
  });
  it('keeps every word and every other mark', () => {
    expect(normaliseWording('It’s over')).not.toBe(normaliseWording('It is over'));
    expect(normaliseWording('over, now')).not.toBe(normaliseWording('over now'));
    expect(normaliseWording('some prisoners')).not.toBe(normaliseWording('prisoners'));
  });
});
