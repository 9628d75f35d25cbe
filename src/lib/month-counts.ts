import type { TimelineEvent } from '../schema/timeline-event.ts';
import { agencyFamily } from '../data/agencies.ts';

export const FAMILIES = ['ICE', 'CBP', 'DOJ', 'MILITARY', 'OTHER'] as const;
export type Family = (typeof FAMILIES)[number];

/**
 * Events per month for the overview, by the agency family of each event's first agency. An event known only
 * to its year, or not dated, has no month to stand in: it is counted apart, never in a January it may not be.
 */
export function monthCounts(events: Pick<TimelineEvent, 'date' | 'agencies'>[], months: string[]): { counts: Map<string, Record<Family, number>>; withoutMonth: number } {
  const counts = new Map(months.map((m) => [m, Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>]));
  let withoutMonth = 0;
  for (const e of events) {
    if (!e.date || e.date.length < 7) {
      withoutMonth++;
      continue;
    }
    const c = counts.get(e.date.slice(0, 7));
    if (c) c[e.agencies.length ? agencyFamily(e.agencies[0]!) : 'OTHER']++;
  }
  return { counts, withoutMonth };
}
