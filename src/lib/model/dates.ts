/**
 * Content dates are calendar days, not instants: format them in UTC so no time zone shifts the day.
 *
 * The formatters are made once: `toLocaleDateString` builds a new one on every call, which cost
 * about 0.3 ms a date, and a report's date is formatted about four times across the site.
 */
const DAY = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' } as const;
const formats = {
  day: new Intl.DateTimeFormat('en-GB', DAY),
  weekday: new Intl.DateTimeFormat('en-GB', { ...DAY, weekday: 'long' }),
  month: new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' }),
};

export function formatDate(date: Date, { weekday = false } = {}): string {
  return formats[weekday ? 'weekday' : 'day'].format(date);
}

/** A date known only as precisely as a report gives it: "2020", "December 2025" or "13 December 2025". */
export function formatPartialDate(when: string): string {
  const [year, month, day] = when.split('-').map(Number);
  if (day) return formatDate(new Date(Date.UTC(year, month - 1, day)));
  if (month) return formats.month.format(new Date(Date.UTC(year, month - 1)));
  return String(year);
}

/** The events whose date is the site's own (each has a note on it): the timeline marks them, /about/#dating lists them. */
export const datedBySite = <E extends { data: { notes: { when?: unknown } } }>(events: E[]) => events.filter((e) => e.data.notes.when);
