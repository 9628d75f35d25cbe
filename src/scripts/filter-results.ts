// Draws the events a filter matched on a paged home page, under year and month headings like the built
// list, each linking to its event page and its place on its period's page. Safe to call again: it
// replaces what it drew before. Text goes in as text, never as HTML: summaries come from articles.
import type { IndexEntry } from '../lib/timeline-index.ts';
import { formatDate } from '../lib/format.ts';
import { anchorPeriodOf } from '../lib/period.ts';
import { periodLabel } from '../lib/periods.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function item(e: IndexEntry, base: string): HTMLLIElement {
  const period = anchorPeriodOf(e.date);
  const li = el('li', { className: 'event' },
    el('time', { dateTime: e.date ?? '' }, formatDate(e.date, e.date_precision)), ' ',
    el('a', { href: `${base}events/${e.id}/` }, e.summary), ' ',
    el('span', { className: 'facts' }, `${e.agencies.join(' · ')} · `, el('a', { href: `${base}timeline/${period}/#${e.id}` }, `${periodLabel(period)} on the timeline`)));
  li.dataset.family = e.family;
  return li;
}

export function renderResults(container: HTMLElement, events: readonly IndexEntry[], base: string): void {
  const years = new Map<string, Map<string, IndexEntry[]>>();
  for (const e of events) {
    const year = e.date?.slice(0, 4) ?? 'undated';
    const month = e.date && e.date.length >= 7 ? e.date.slice(0, 7) : year;
    const months = years.get(year) ?? years.set(year, new Map()).get(year)!;
    const list = months.get(month);
    if (list) list.push(e);
    else months.set(month, [e]);
  }
  container.replaceChildren(...[...years].map(([year, months]) => el('section', {},
    el('h2', { className: 'year-heading' }, year === 'undated' ? 'Date not known' : year),
    ...[...months].map(([month, list]) => el('section', {},
      el('h3', { className: 'month-heading' }, periodLabel(month)),
      el('ol', { className: 'events' }, ...list.map((e) => item(e, base))))))));
}
