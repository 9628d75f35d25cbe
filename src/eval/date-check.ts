// The check the scorer does not make: an entry of the timeline must not join sources whose own dates
// cannot overlap (a report of March 2020 and one of June 2020 are never one event). Same rule as the
// clustering's (src/timeline/compare.ts): coarser precision, a few days' slack between two days.
import { interval, overlaps } from '../timeline/interval.ts';
import { DAY_SLACK } from '../timeline/compare.ts';

interface SiteEvent { id: string; sources: Array<{ date: string | null; date_precision: 'day' | 'month' | 'year' | null }> }

/** The entries holding two sources whose own dates cannot overlap, with the two dates. */
export function incompatibleDates(events: SiteEvent[]): Array<{ id: string; dates: [string, string] }> {
  const out: Array<{ id: string; dates: [string, string] }> = [];
  for (const e of events) {
    const dated = e.sources.filter((s) => s.date).map((s) => ({ s, span: interval(s.date, s.date_precision)! }));
    outer: for (let i = 0; i < dated.length; i++) {
      for (let j = i + 1; j < dated.length; j++) {
        const [a, b] = [dated[i]!, dated[j]!];
        if (!overlaps(a.span, b.span, a.s.date_precision === 'day' && b.s.date_precision === 'day' ? DAY_SLACK : 0)) {
          out.push({ id: e.id, dates: [a.s.date!, b.s.date!] });
          break outer;
        }
      }
    }
  }
  return out;
}
