import { describe, expect, it } from 'vitest';
import {
  claimRepeats,
  countsIn,
  dateNotesBeyondOne,
  describeFigureRepeat,
  figureRepeats,
  naming,
  noteRepeats,
  paragraphRepeats,
  type Block,
} from '../support/reader-check.ts';

const block = (text: string, more: Partial<Block> = {}): Block => ({ tag: 'p', text, visible: true, cites: [], ...more });
const UKRAINE = { value: 114, what: '114 (Ukraine)', about: naming(['Ukraine', 'Kyiv']) };
const LITHUANIA = { value: 9, what: '9 (Lithuania)', about: naming(['Lithuania', 'Vilnius']) };
const repeats = (blocks: Block[]) => figureRepeats(blocks, [UKRAINE, LITHUANIA]).map(describeFigureRepeat);

describe('countsIn', () => {
  it('reads counts in digits and words, not a number inside another, a date, a time, a note mark or a reading time', () => {
    expect(countsIn('114 went to Ukraine and nine to Lithuania')).toEqual([114, 9]);
    expect(countsIn('1140 prisoners; 19 of them; 2025-12-09; 13 December 2025; December 9; 09:00; [9]; 9 min read')).toEqual([1140, 19, 2025]);
  });
});

describe('figureRepeats', () => {
  it('passes a figure shown once, and the same number where the block names no place of the figure', () => {
    expect(repeats([block('114 taken to Ukraine'), block('114 pages'), block('Nine taken to Lithuania'), block('Posted 9 December in Vilnius')])).toEqual([]);
  });
  it('fails a figure shown in two blocks, naming it and the texts of both', () => {
    expect(repeats([block('114 taken to Ukraine'), block('Kyiv received 114 of them', { tag: 'li' }), block('9 to Vilnius')])).toEqual([
      '114 (Ukraine) shows in 2 places: p «114 taken to Ukraine»; li «Kyiv received 114 of them»',
    ]);
  });
  it('counts a picture and its text alternative as one place, the name given anywhere in it, shown or not', () => {
    const map = [
      block('Ukraine 114', { tag: 'picture label', picture: 'map' }),
      block('Ukraine | 114 prisoners', { tag: 'tr', picture: 'map' }),
    ];
    const chart = [block('Al Jazeera: 114 prisoners', { picture: 'chart' }), block('Ukraine, Al Jazeera: 114 prisoners', { tag: 'li', picture: 'chart', visible: false })];
    expect(repeats(map)).toEqual([]);
    expect(repeats(chart)).toEqual([]);
    expect(repeats([...map, ...chart])).toEqual([
      '114 (Ukraine) shows in 2 places: the picture “map”: «Ukraine 114» + «Ukraine | 114 prisoners»; the picture “chart”: «Al Jazeera: 114 prisoners» + «Ukraine, Al Jazeera: 114 prisoners (not shown)»',
    ]);
  });
  it('ignores a picture none of whose visible text gives the figure, and a hidden block outside a picture', () => {
    const hiddenAlternative = [block('A map', { picture: 'map' }), block('Ukraine: 114', { picture: 'map', visible: false })];
    expect(repeats([block('114 to Ukraine'), ...hiddenAlternative, block('114 to Ukraine, again', { visible: false })])).toEqual([]);
  });
  it('does not count the title of a section a block cites', () => {
    const title = '114 prisoners received in Ukraine';
    expect(repeats([block(title, { tag: 'h2' }), block(`Source: Al Jazeera, “${title}”`, { cites: [title] })])).toEqual([]);
    expect(repeats([block(title, { tag: 'h2' }), block(`114 went to Ukraine. Source: “${title}”`, { cites: [title] })])).toHaveLength(1);
  });
});

describe('paragraphRepeats', () => {
  const long = 'Officials told Reuters that 114 were taken to Ukraine.';
  it('fails a paragraph of 30 characters or more shown twice, and passes one shown once or a short one twice', () => {
    expect(paragraphRepeats([long, 'Another paragraph, long enough to count.'])).toEqual([]);
    expect(paragraphRepeats(['Sources: Al Jazeera', 'Sources: Al Jazeera'])).toEqual([]);
    // A credit line recurs with its speaker or its sections, however long.
    const credit = 'Sources: Al Jazeera, “Why Lukashenko was isolated”; Washington Insider, “Russia”';
    expect(paragraphRepeats([credit, credit, 'According to Svetlana Tikhanovskaya', 'According to Svetlana Tikhanovskaya'])).toEqual([]);
    expect(paragraphRepeats([long, 'Something else entirely, at length.', long])).toEqual([`2 times: «${long}»`]);
  });
  it('keeps case: the same words in other capitals are another text', () => {
    expect(paragraphRepeats([long, long.toUpperCase()])).toEqual([]);
  });
});

describe('notes', () => {
  const dated = (n: string) => /this site dates/i.test(n);
  it('fails a note shown twice, and more than one note on the dating', () => {
    expect(noteRepeats(['Editor’s note: a.', 'Editor’s note: b.'])).toEqual([]);
    expect(noteRepeats(['Editor’s note: a.', 'Editor’s note: a.'])).toEqual(['2 times: «Editor’s note: a.»']);
    expect(dateNotesBeyondOne(['This site dates the event.', 'Editor’s note: b.'], dated)).toEqual([]);
    expect(dateNotesBeyondOne(['This site dates the event.', 'This site dates the release.'], dated)).toEqual([
      '«This site dates the event.»',
      '«This site dates the release.»',
    ]);
  });
});

describe('claimRepeats', () => {
  const a = { question: 'Where did the freed go?', sections: ['/reports/x/#where', '/reports/y/#route'] };
  it('passes questions asked once', () => {
    expect(claimRepeats([a, { question: 'Who was freed?', sections: ['/reports/x/#where'] }])).toEqual([]);
  });
  it('fails the same question twice, and two questions citing the same sections', () => {
    expect(claimRepeats([a, { ...a, sections: ['/reports/z/#other'] }])).toEqual(['the question 2 times: «Where did the freed go?»']);
    expect(claimRepeats([a, { question: 'How sure are the reports?', sections: [...a.sections].reverse() }])).toEqual([
      '«Where did the freed go?» and «How sure are the reports?» cite the same sections: /reports/x/#where /reports/y/#route',
    ]);
  });
});
