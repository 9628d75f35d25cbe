// The timeline index (/data/timeline-index.json): per event only what a filtered list shows and filters
// on, so a paged home page can filter the whole record without loading events.json.
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { agencyFamily } from '../data/agencies.ts';

export interface IndexEntry {
  id: string;
  date: string | null;
  date_precision: TimelineEvent['date_precision'];
  summary: string;
  agencies: string[];
  action: string;
  places: string[];
  /** The overview's colour family, so a filtered list looks like the built one. */
  family: ReturnType<typeof agencyFamily>;
}

export function indexEntry(e: TimelineEvent): IndexEntry {
  return {
    id: e.id, date: e.date, date_precision: e.date_precision, summary: e.summary, agencies: e.agencies, action: e.action, places: e.places,
    family: e.agencies.length ? agencyFamily(e.agencies[0]!) : 'OTHER',
  };
}
