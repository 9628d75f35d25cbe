// What a filter in the URL query means, in one place for the page that filters in place, the paged home
// page that filters the timeline index, and the brush. No schema imports: browser code uses it.
import { lineage, type AgencyId } from '../data/agency-tree.ts';

export const FILTER_KEYS = ['agency', 'action', 'place', 'year', 'from', 'to'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filter = Partial<Record<FilterKey, string>>;

/** What a filter looks at, whether it comes from a list item's data-* attributes or the timeline index. */
export interface Filterable {
  agencies: readonly string[];
  action: string;
  places: readonly string[];
  /** YYYY, YYYY-MM or YYYY-MM-DD; null when not known. */
  date: string | null;
}

const MONTH = /^\d{4}-\d{2}$/;

/** The filter a URL query names; empty values and malformed months are dropped. */
export function readFilter(search: string): Filter {
  const q = new URLSearchParams(search);
  const f: Filter = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k);
    if (v && ((k !== 'from' && k !== 'to') || MONTH.test(v))) f[k] = v;
  }
  return f;
}

export const isFiltered = (f: Filter): boolean => Object.keys(f).length > 0;

/** The query string for a filter, keys in a fixed order so the same view always has the same URL. */
export function filterQuery(f: Filter): string {
  const q = new URLSearchParams();
  for (const k of FILTER_KEYS) if (f[k]) q.set(k, f[k]);
  return q.size ? `?${q}` : '';
}

/** The first and last month a date can mean: a year-precision date spans its twelve months. */
export function monthSpan(date: string): [string, string] {
  return date.length >= 7 ? [date.slice(0, 7), date.slice(0, 7)] : [`${date}-01`, `${date}-12`];
}

/**
 * True when the event passes every part of the filter. An agency matches its sub-units (ICE matches ERO);
 * a From/To period holds an event only when the whole of its date falls inside, so an undated event or one
 * known only to the year is not counted in a period narrower than that year. A reversed period (From after
 * To) means the same months: a keyboard user stepping To up from its first month passes through that state.
 */
export function matches(e: Filterable, f: Filter): boolean {
  if (f.agency && !e.agencies.some((a) => lineage(a as AgencyId).includes(f.agency as AgencyId))) return false;
  if (f.action && e.action !== f.action) return false;
  if (f.place && !e.places.includes(f.place)) return false;
  if (f.year && (e.date?.slice(0, 4) ?? 'undated') !== f.year) return false;
  if (f.from || f.to) {
    if (!e.date) return false;
    const [first, last] = monthSpan(e.date);
    const [lo, hi] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
    if ((lo && first < lo) || (hi && last > hi)) return false;
  }
  return true;
}
