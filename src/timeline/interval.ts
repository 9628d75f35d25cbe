import type { DatePrecision } from '../schema/event.ts';

const DAY = 86_400_000;

/** First and last millisecond-day a partial date can mean: a month is every day of it. */
export function interval(date: string | null, precision: DatePrecision | null): [number, number] | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return null;
  if (precision === 'year' || !m) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
  if (precision === 'month' || !d) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
}

/** The span of a window of two partial dates. */
export function windowInterval(w: [string, string] | null | undefined): [number, number] | null {
  if (!w) return null;
  const a = interval(w[0], null);
  const b = interval(w[1], null);
  return a && b ? [a[0], b[1]] : null;
}

/** True when two spans overlap, with `slack` days of tolerance on each side. */
export function overlaps(a: [number, number], b: [number, number], slackDays = 0): boolean {
  const s = slackDays * DAY;
  return a[0] - s <= b[1] && b[0] - s <= a[1];
}

export { DAY };
