// <timeline-filters>: keeps the filter form and the URL query in step and shows the matching events. A page
// that lists every event filters in place and never hides the event the URL's #id points at; a paged home
// page (data-index) lists the matches from the timeline index in place of its newest events.
import { FILTER_KEYS, filterQuery, isFiltered, matches, readFilter, type Filter } from '../lib/event-filter.ts';
import { filterInPlace } from './filter-in-place.ts';
import { renderResults } from './filter-results.ts';
import { loadIndex } from './load-index.ts';
import type { IndexEntry } from '../lib/timeline-index.ts';

class TimelineFilters extends HTMLElement {
  #run = 0;

  connectedCallback() {
    // The home page is sending this link on to a month page (home-redirect): nothing to show here.
    if (document.getElementById('home-redirect')?.dataset.leaving) return;
    const form = this.querySelector('form')!;
    const select = (k: string) => form.elements.namedItem(k) as HTMLSelectElement | null;
    form.addEventListener('change', () => {
      const f: Filter = Object.fromEntries(FILTER_KEYS.map((k) => [k, select(k)?.value ?? '']));
      history.replaceState(null, '', `${location.pathname}${filterQuery(f)}${location.hash}`);
      void this.apply();
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      form.dispatchEvent(new Event('change', { bubbles: true }));
    });
    if (!this.dataset.index) window.addEventListener('hashchange', () => void this.apply());
    // With no filter in the URL the page is already right: touch nothing while the reader lands.
    if (!isFiltered(readFilter(location.search))) return;
    void this.apply().then(() => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) target.scrollIntoView();
    });
  }

  /** Shows what the URL's filter asks for; resolves once the matches are on the page. */
  async apply(): Promise<void> {
    const f = readFilter(location.search);
    if (!isFiltered(f) && !this.dataset.applied) return;
    this.dataset.applied = 'yes';
    const form = this.querySelector('form')!;
    for (const k of FILTER_KEYS) {
      const s = form.elements.namedItem(k) as HTMLSelectElement | null;
      if (s) s.value = f[k] ?? '';
    }
    const status = this.querySelector('.filter-status')!;
    const list = (this.dataset.list && document.getElementById(this.dataset.list)) || document.body;
    const results = this.querySelector<HTMLElement>('.filter-results');
    if (this.dataset.index && results) return this.fromIndex(this.dataset.index, f, list, results, status);
    const { shown, total } = filterInPlace(list, f, decodeURIComponent(location.hash.slice(1)));
    status.textContent = isFiltered(f) ? `Showing ${shown} of ${total} events.` : '';
  }

  /** The paged home page: the matches among every event, listed in place of the newest events. */
  async fromIndex(url: string, f: Filter, list: HTMLElement, results: HTMLElement, status: Element): Promise<void> {
    const run = ++this.#run;
    const showList = () => {
      results.hidden = true;
      list.hidden = false;
      return filterInPlace(list, f, '');
    };
    if (!isFiltered(f)) {
      showList();
      status.textContent = '';
      return;
    }
    status.textContent = 'Loading every event…';
    let all: IndexEntry[];
    try {
      all = await loadIndex(url);
    } catch {
      if (run !== this.#run) return;
      const { shown, total } = showList();
      status.textContent = `Could not load every event: showing ${shown} of the newest ${total}.`;
      return;
    }
    // A later change has taken over.
    if (run !== this.#run) return;
    const shown = all.filter((e) => matches(e, f));
    renderResults(results, shown, this.dataset.base ?? '/');
    list.hidden = true;
    results.hidden = false;
    status.textContent = `Showing ${shown.length} of ${all.length} events.`;
  }
}
customElements.define('timeline-filters', TimelineFilters);
