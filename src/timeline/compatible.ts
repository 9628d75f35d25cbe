import { related } from '../data/agency-tree.ts';
import type { ArticleEvent } from '../schema/event.ts';
import { overlaps, DAY } from './interval.ts';

/** An article event with what clustering needs to know about it. */
export interface Report {
  /** `<article slug>#<event key>`: how the id registry names it. */
  member: string;
  article: string;
  event: ArticleEvent;
  /** When it can have happened: its own date, else its article's window; null when unbounded. */
  span: [number, number] | null;
  /** True when `span` comes from the event's own date. */
  dated: boolean;
}

function countsAgree(a: ArticleEvent, b: ArticleEvent): boolean {
  if (a.personnel == null || b.personnel == null) return true;
  const [lo, hi] = [Math.min(a.personnel, b.personnel), Math.max(a.personnel, b.personnel)];
  // "up to 600" and "at least 75" leave room; plain figures must be within a quarter of each other.
  if (a.personnel_qualifier === 'up_to' || b.personnel_qualifier === 'up_to' || a.personnel_qualifier === 'at_least' || b.personnel_qualifier === 'at_least') return hi <= lo * 2;
  return hi - lo <= 0.25 * hi;
}

function placesAgree(a: ArticleEvent, b: ArticleEvent): boolean {
  if (!a.places.length || !b.places.length) return true;
  return a.places.some((p) => b.places.includes(p));
}

/**
 * True when two article events can be one real-world action: related agencies, overlapping dates
 * (three days' slack for days), shared places, agreeing counts, and the same operation when both name one.
 * A named operation shared by both bridges dates up to three months apart and different city lists.
 */
export function sameAction(x: Report, y: Report): boolean {
  const a = x.event;
  const b = y.event;
  if (x.article === y.article) return false;
  if (a.keep_separate || b.keep_separate) return false;
  if (!related(a.agencies, b.agencies)) return false;
  const sameOperation = a.operation && b.operation && a.operation.toLowerCase() === b.operation.toLowerCase();
  if (a.operation && b.operation && !sameOperation) return false;
  if (!countsAgree(a, b)) return false;
  if ((a.action === 'plan') !== (b.action === 'plan') && !sameOperation) return false;
  if (x.span && y.span && !overlaps(x.span, y.span, sameOperation ? 90 : 3)) return false;
  if (!sameOperation && !placesAgree(a, b)) return false;
  return true;
}

export { DAY };
