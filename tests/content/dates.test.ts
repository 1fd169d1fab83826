import { describe, expect, it } from 'vitest';
import { formatDate, formatPartialDate } from '../../src/lib/model/dates.ts';
import { buildModel } from '../../src/lib/model/index.ts';
import { loadContent } from '../../src/lib/load/content.ts';
import { CONTENT } from '../../scripts/lib/paths.ts';

describe('dates', () => {
  it('formats a calendar day the same in every time zone', () => {
    expect(formatDate(new Date('2025-12-13'), { weekday: true })).toBe('Saturday, 13 December 2025');
  });

  it('says no more than a partial date knows', () => {
    expect(formatPartialDate('2020')).toBe('2020');
    expect(formatPartialDate('2025-12')).toBe('December 2025');
    expect(formatPartialDate('2025-12-13')).toBe('13 December 2025');
  });
});

describe('the timeline', () => {
  const { events } = buildModel(loadContent(CONTENT));

  it('runs oldest first, a year before the months and days within it', () => {
    const whens = events.map((e) => e.data.when);
    expect(whens).toEqual([...whens].sort());
    expect(whens[0]).toBe('2020');
    expect(whens.at(-1)).toBe('2025-12-13');
  });

  it('orders events of the same date by their order field', () => {
    const sameDay = events.filter((e) => e.data.when === '2025-12-13').map((e) => e.data.order);
    expect(sameDay.length).toBeGreaterThan(1);
    expect(sameDay).toEqual([...sameDay].sort((a, b) => a - b));
  });
});
