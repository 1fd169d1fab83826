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
