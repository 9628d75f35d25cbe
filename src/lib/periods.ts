// The period pages, at every record size: each period's events, and a pointer for every id that names the
// period by its date prefix but whose event now lives elsewhere (its date was corrected after publication).
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { formatDate } from './format.ts';
import { periodOf, periodOfId } from './period.ts';

export interface PeriodPage {
  period: string;
  events: TimelineEvent[];
  moved: Array<{ id: string; event: TimelineEvent }>;
}

/** Every period page, oldest first ("undated" last), in one pass over the timeline. */
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
    page(home).events.push(event);
    for (const id of [event.id, ...event.aliases]) {
      const named = periodOfId(id);
      if (named && named !== home) page(named).moved.push({ id, event });
    }
  }
  return [...pages.values()].sort((a, b) => a.period.localeCompare(b.period));
}

/** "March 2020", "2021, month not known", "Undated". */
export function periodLabel(period: string): string {
  return period === 'undated' ? 'Undated' : period.length === 4 ? `${period}, month not known` : formatDate(period, 'month');
}
