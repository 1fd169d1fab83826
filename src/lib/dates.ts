/** Content dates are calendar days, not instants: format them in UTC so no time zone shifts the day. */
export function formatDate(date: Date, { weekday = false } = {}): string {
  return date.toLocaleDateString('en-GB', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(weekday ? { weekday: 'long' } : {}),
  });
}

/** A date known only as precisely as a report gives it: "2020", "December 2025" or "13 December 2025". */
export function formatPartialDate(when: string): string {
  const [year, month, day] = when.split('-').map(Number);
  if (day) return formatDate(new Date(Date.UTC(year, month - 1, day)));
  if (month) {
    return new Date(Date.UTC(year, month - 1)).toLocaleDateString('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
  }
  return String(year);
}
