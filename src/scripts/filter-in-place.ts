// Filtering the event list a page already holds: each li.event carries what a filter needs in data-*.
import { matches, type Filter, type Filterable } from '../lib/event-filter.ts';

function filterable(li: HTMLElement): Filterable {
  const d = li.dataset;
  return { agencies: (d.agencies ?? '').split(' ').filter(Boolean), action: d.action ?? '', places: (d.places ?? '').split('|').filter(Boolean), date: d.date || null };
}

/**
 * Hides the events that do not match, never the one the URL's #id (or an alias anchor inside it)
 * points at, and the year and month headings left empty. Returns how many events show, of how many.
 */
export function filterInPlace(root: ParentNode, f: Filter, target: string): { shown: number; total: number } {
  const items = root.querySelectorAll<HTMLElement>('li.event');
  let shown = 0;
  for (const li of items) {
    const show = matches(filterable(li), f) || li.id === target || [...li.querySelectorAll('.alias-anchor')].some((a) => a.id === target);
    li.hidden = !show;
    if (show) shown++;
  }
  for (const section of root.querySelectorAll<HTMLElement>('[data-period]')) section.hidden = !section.querySelector('li.event:not([hidden])');
  return { shown, total: items.length };
}
