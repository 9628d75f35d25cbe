// The period pages, at every record size: each month's (year's, undated) events and each day's, and a pointer
// for every id that names a period by its date prefix but whose event now lives elsewhere (its date was
// corrected after publication).
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { formatDate } from './format.ts';
import { anchorPeriodOf, anchorPeriodOfId, isDay, periodOf, periodOfId } from './period.ts';

export interface PeriodPage {
  period: string;
  events: TimelineEvent[];
  moved: Array<{ id: string; event: TimelineEvent }>;
}

/** Every period page, months (years, undated) and days, oldest first ("undated" last), in one pass over the timeline. */
export function periodPages(events: TimelineEvent[]): PeriodPage[] {
  const pages = new Map<string, PeriodPage>();
  const page = (period: string): PeriodPage => {
    const found = pages.get(period);
    if (found) return found;
    const made: PeriodPage = { period, events: [], moved: [] };
    pages.set(period, made);
    return made;
  };
  for (const event of events) {
    const home = periodOf(event.date);
    const day = anchorPeriodOf(event.date);
    page(home).events.push(event);
    if (day !== home) page(day).events.push(event);
    for (const id of [event.id, ...event.aliases]) {
      const named = periodOfId(id);
      if (named && named !== home) page(named).moved.push({ id, event });
      const namedDay = anchorPeriodOfId(id);
      if (namedDay && isDay(namedDay) && namedDay !== day) page(namedDay).moved.push({ id, event });
    }
  }
  return [...pages.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** "March 5, 2020", "March 2020", "2021, month not known", "Undated". */
export function periodLabel(period: string): string {
  if (period === 'undated') return 'Undated';
  if (period.length === 4) return `${period}, month not known`;
  return isDay(period) ? formatDate(period, 'day') : formatDate(period, 'month');
}

/** The pages before and after one, among pages of the same kind: day pages page through days, the others through months. */
export function neighbours(pages: PeriodPage[], i: number): { previous?: string; next?: string } {
  const kind = isDay(pages[i]!.period);
  const same = (j: number) => pages[j] && isDay(pages[j]!.period) === kind;
  let p = i - 1;
  while (p >= 0 && !same(p)) p--;
  let n = i + 1;
  while (n < pages.length && !same(n)) n++;
  return { ...(p >= 0 ? { previous: pages[p]!.period } : {}), ...(n < pages.length ? { next: pages[n]!.period } : {}) };
}
