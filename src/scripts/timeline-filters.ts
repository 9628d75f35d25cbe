// <timeline-filters>: applies the agency/action/place/year filter from the URL query to the event list on
// the page, keeps the query in step with the form, and never hides the event the URL's #id points at.
import { lineage, type AgencyId } from '../data/agency-tree.ts';

const KEYS = ['agency', 'action', 'place', 'year'] as const;
type Filter = Partial<Record<(typeof KEYS)[number], string>>;

function read(): Filter {
  const q = new URLSearchParams(location.search);
  return Object.fromEntries(KEYS.map((k) => [k, q.get(k) ?? ''] as const).filter(([, v]) => v));
}

function matches(li: HTMLElement, f: Filter): boolean {
  const d = li.dataset;
  if (f.agency && !(d.agencies ?? '').split(' ').some((a) => a && lineage(a as AgencyId).includes(f.agency as AgencyId))) return false;
  if (f.action && d.action !== f.action) return false;
  if (f.place && !(d.places ?? '').split('|').includes(f.place)) return false;
  if (f.year && d.year !== f.year) return false;
  return true;
}

class TimelineFilters extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const status = this.querySelector('.filter-status')!;
    const apply = () => {
      const f = read();
      if (!Object.keys(f).length && !this.dataset.applied) return;
      this.dataset.applied = 'yes';
      for (const k of KEYS) (form.elements.namedItem(k) as HTMLSelectElement).value = f[k] ?? '';
      const target = decodeURIComponent(location.hash.slice(1));
      let shown = 0;
      const items = document.querySelectorAll<HTMLElement>('li.event');
      for (const li of items) {
        const aliased = li.previousElementSibling?.id === target;
        const show = matches(li, f) || li.id === target || aliased;
        li.hidden = !show;
        if (show) shown++;
      }
      // Month and year headings with nothing left under them go too.
      for (const section of document.querySelectorAll<HTMLElement>('[data-period]')) {
        section.hidden = !section.querySelector('li.event:not([hidden])');
      }
      status.textContent = Object.keys(f).length ? `Showing ${shown} of ${items.length} events.` : '';
    };
    form.addEventListener('change', () => {
      const q = new URLSearchParams();
      for (const k of KEYS) {
        const v = (form.elements.namedItem(k) as HTMLSelectElement).value;
        if (v) q.set(k, v);
      }
      history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
      apply();
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      form.dispatchEvent(new Event('change'));
    });
    window.addEventListener('hashchange', apply);
    // With no filter in the URL the page is already right: touch nothing while the reader lands.
    if (!Object.keys(read()).length) return;
    apply();
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
}
customElements.define('timeline-filters', TimelineFilters);
