import { related } from '../data/agency-tree.ts';
import { ACTION_NOUN } from '../data/action-kinds.ts';
import { headCount } from './summary.ts';
import { DAY, overlaps } from './interval.ts';
import type { Report } from './report.ts';

// Reports of one action on consecutive days ("Thursday" in one outlet, "Friday" in the next) are one
// action: two day-precision dates may be this many days apart. Coarser dates must overlap as they are.
export const DAY_SLACK = 3;

function countsAgree(x: Report, y: Report): boolean {
  const a = x.event;
  const b = y.event;
  if (a.personnel == null || b.personnel == null) return true;
  const [lo, hi] = [Math.min(a.personnel, b.personnel), Math.max(a.personnel, b.personnel)];
  // "up to 600" and "more than 200" leave room; plain figures must be within a quarter of each other.
  const loose = [a.personnel_qualifier, b.personnel_qualifier].some((q) => q === 'up_to' || q === 'at_least');
  return loose ? hi <= lo * 2 : hi - lo <= 0.25 * hi;
}

/** True when the two reports' times can overlap: own dates at the coarser precision, else the time each can lie in. */
export function datesFit(x: Report, y: Report): boolean {
  if (x.span && y.span) return overlaps(x.span, y.span, x.event.date_precision === 'day' && y.event.date_precision === 'day' ? DAY_SLACK : 0);
  const [a0, a1] = x.span ?? x.within;
  const [b0, b1] = y.span ?? y.within;
  return (a0 ?? -Infinity) <= (b1 ?? Infinity) && (b0 ?? -Infinity) <= (a1 ?? Infinity);
}

const sharedPlaces = (x: Report, y: Report) => x.event.places.filter((p) => y.event.places.includes(p));

/**
 * Why two reports cannot be one real-world action, or null when nothing they say contradicts it: one
 * article (the extractor already split its events), an editor's keep_separate, another kind of action,
 * two different named operations, unrelated agencies (or none named, without a shared operation), counts
 * too far apart, destinations without one in common, or dates that cannot overlap.
 */
export function contradiction(x: Report, y: Report): string | null {
  if (x.article === y.article) return 'one article';
  if (x.event.keep_separate || y.event.keep_separate) return 'kept separate by an editor';
  if (x.kind !== y.kind) return 'different kinds of action';
  if (x.operation && y.operation && x.operation !== y.operation) return 'different operations';
  const sameOperation = Boolean(x.operation && x.operation === y.operation);
  if (!x.event.agencies.length || !y.event.agencies.length) {
    if (!sameOperation) return 'no agency named';
  } else if (!related(x.event.agencies, y.event.agencies)) return 'unrelated agencies';
  if (!countsAgree(x, y)) return 'counts disagree';
  if (x.event.places.length && y.event.places.length && !sharedPlaces(x, y).length) return 'different places';
  if (!datesFit(x, y)) return 'dates cannot overlap';
  return null;
}

/** What speaks for two reports being one action, and whether it is enough. */
export interface Evidence {
  /**
   * `dated`: both dated, dates overlap, and a place, a count or an operation in common (or neither names
   * a place). `operation`: the same named operation. `count`: the same units, the same figure (within a
   * tenth), and no place against it. Null: not enough on its own (an undated report may still be the only candidate, see group.ts).
   */
  rule: 'dated' | 'operation' | 'count' | null;
  /** Orders candidate merges: the best-supported first. */
  score: number;
}

/** The evidence between two reports that nothing contradicts (see `contradiction`). Cheap: no text. */
export function evidence(x: Report, y: Report): Evidence {
  const a = x.event;
  const b = y.event;
  const sameOperation = Boolean(x.operation && x.operation === y.operation);
  // A border is a region four states long: beside a date known only to the year, sharing it says little.
  const yearOnly = a.date_precision === 'year' || b.date_precision === 'year';
  const shared = sharedPlaces(x, y).filter((p) => !(yearOnly && /border$/.test(p))).length;
  const placeless = Number(!a.places.length) + Number(!b.places.length);
  const counted = a.personnel != null && b.personnel != null;
  const sameUnits = x.units.length > 0 && x.unitsKey === y.unitsKey;
  const dated = Boolean(x.span && y.span);
  let rule: Evidence['rule'] = null;
  if (dated && (shared || placeless === 2 || sameOperation || counted)) rule = 'dated';
  else if (sameOperation) rule = 'operation';
  // An undated report joins on its count only when the figure is, near enough, the same (80 is not 100), with
  // no destination against it.
  else if (sameUnits && counted && (shared || placeless > 0) && Math.abs(a.personnel! - b.personnel!) <= 0.1 * Math.max(a.personnel!, b.personnel!)) rule = 'count';
  const overlap = shared ? shared / new Set([...a.places, ...b.places]).size : 0;
  const score = 3 * Number(sameOperation) + 2 * overlap + 0.5 * Number(placeless === 2) + 2 * Number(counted && a.personnel === b.personnel) + Number(counted)
    + Number(sameUnits) + Number(a.action === b.action) + 0.5 * Number(a.date_precision === b.date_precision) + (dated ? 1 - Math.min(1, Math.abs(x.span![0] - y.span![0]) / (31 * DAY)) : 0);
  return { rule, score };
}

const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const when = (r: Report) => {
  if (r.event.date) return r.event.date;
  const [lo, hi] = r.within;
  return lo != null && hi != null ? `undated (article from ${day(lo)} to ${day(hi)})` : hi != null ? `undated (article of ${day(hi)})` : 'undated';
};
const count = (r: Report) => headCount(r.event.personnel, r.event.personnel_qualifier)!.toLowerCase();

/**
 * What report `x` and report `y` agree on, each in a few words, told from `x`'s side: first when each
 * is, then operation, places, count, agencies, action. Joined with "; " it is one line of merged_because.
 */
export function reasons(x: Report, y: Report): string[] {
  const a = x.event;
  const b = y.event;
  const places = sharedPlaces(x, y);
  const placeless = Number(!a.places.length) + Number(!b.places.length);
  const sameUnits = x.units.length > 0 && x.unitsKey === y.unitsKey;
  return [
    x.span && y.span ? `dates overlap (${a.date} and ${b.date})` : `${when(x)} and ${when(y)}`,
    ...(x.operation && x.operation === y.operation ? [`same operation (${[a.operation, b.operation].find((o) => o && /[A-Z]/.test(o)) ?? a.operation})`] : []),
    ...(places.length ? [`same place${places.length > 1 ? 's' : ''} (${places.join('; ')})`] : placeless === 2 ? ['neither names a place'] : []),
    ...(a.personnel != null && b.personnel != null ? [`same count (${count(x) === count(y) ? count(x) : `${count(x)} and ${count(y)}`})`] : []),
    sameUnits ? `same agencies (${x.units.join(', ')})` : `agencies ${x.units.join(', ') || 'not named'} and ${y.units.join(', ') || 'not named'}`,
    a.action === b.action ? `both a ${ACTION_NOUN[a.action]}` : `a ${ACTION_NOUN[a.action]} and a ${ACTION_NOUN[b.action]}`,
  ];
}
