import type { TimelineEvent } from '../schema/timeline-event.ts';
import { AGENCY_IDS, lineage, type AgencyId } from '../schema/agency.ts';

/**
 * Each agency's events, a unit's counting for its parents too, in timeline order; agencies without events
 * are left out. One pass over the timeline (an agency at a time took 25 passes, each computing lineages).
 */
export function eventsByAgency(events: TimelineEvent[]): Map<AgencyId, TimelineEvent[]> {
  const found = new Map<AgencyId, TimelineEvent[]>();
  for (const e of events) {
    for (const id of new Set(e.agencies.flatMap((a) => lineage(a)))) {
      const list = found.get(id) ?? [];
      list.push(e);
      found.set(id, list);
    }
  }
  return new Map(AGENCY_IDS.filter((id) => found.has(id)).map((id) => [id, found.get(id)!]));
}
