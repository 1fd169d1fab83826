import { describe, expect, it } from 'vitest';
import { normaliseWording, quotedIn } from '../../src/lib/check/wording.ts';

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

describe('quotedIn', () => {
  it('reads straight and curly quotation marks, and a quotation on a line of its own opened with " and closed with ”', () => {
    const text = [
      'Tikhanovskaya stated that “sanctions are leverage,” indicating more.',
      'She said:',
      '"Lukashenko wants to sell people as expensive as possible.”',
      'She said the decision was unexpected. "Of course," she added.',
    ].join('\n');
    expect(quotedIn(text)).toEqual(['sanctions are leverage,', 'lukashenko wants to sell people as expensive as possible.', 'of course,']);
  });
  it('pairs the marks line by line, so that one left open does not quote the lines after it', () => {
    expect(quotedIn('He said "it is over.\nShe said the decision was hers.')).toEqual([]);
  });
});
