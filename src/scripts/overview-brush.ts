// <overview-brush>: drag across the overview's month bars to pick a period. The period goes into the
// filter form's From/To selects, which keep it in the URL query and apply it, so a brushed view is shared
// like any filter; the selects are also the keyboard way to the same thing. A press that does not move is
// left alone, so a click still follows its bar's link to the month. Hand-written on pointer events:
// d3-brush with d3-selection would take the home page past its JavaScript budget.
import { addMonths } from '../lib/months.ts';
import { readFilter } from '../lib/event-filter.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** CSS pixels the pointer must travel before a press is a drag rather than a click. */
const DRAG = 4;

/** The chart's month bands in percent of its width (x) and height (top, bottom), as Overview.astro laid them out. */
export interface Bands { first: string; count: number; x0: number; step: number; bandwidth: number; top: number; bottom: number }

/** Draws the months [a, b] (band indexes) as one shaded band behind the bars, or hides it. Safe to call again. */
export function drawSelection(svg: SVGSVGElement, bands: Bands, range: [number, number] | null): void {
  let rect = svg.querySelector<SVGRectElement>('rect.brush-selection');
  if (!rect) {
    rect = document.createElementNS(SVG, 'rect') as SVGRectElement;
    rect.setAttribute('class', 'brush-selection');
    rect.setAttribute('aria-hidden', 'true');
    svg.insertBefore(rect, svg.querySelector('a'));
  }
  rect.style.display = range ? '' : 'none';
  if (!range) return;
  const gap = bands.step - bands.bandwidth;
  rect.setAttribute('x', `${bands.x0 + range[0] * bands.step - gap / 2}%`);
  rect.setAttribute('width', `${(range[1] - range[0] + 1) * bands.step}%`);
  rect.setAttribute('y', `${bands.top}%`);
  rect.setAttribute('height', `${bands.bottom - bands.top}%`);
}

const monthNumber = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));

class OverviewBrush extends HTMLElement {
  connectedCallback() {
    const svg = this.querySelector('svg');
    const form = document.getElementById(this.dataset.form ?? '') as HTMLFormElement | null;
    const from = form?.elements.namedItem('from') as HTMLSelectElement | null;
    const to = form?.elements.namedItem('to') as HTMLSelectElement | null;
    if (!svg || !form || !from || !to) return;
    const d = this.dataset;
    const bands: Bands = { first: d.first ?? '', count: Number(d.count), x0: Number(d.x0), step: Number(d.step), bandwidth: Number(d.bandwidth), top: Number(d.top), bottom: Number(d.bottom) };
    const clamp = (i: number) => Math.min(bands.count - 1, Math.max(0, i));
    const indexAt = (clientX: number) => {
      const box = svg.getBoundingClientRect();
      const x = ((clientX - box.left) * 100) / box.width;
      return clamp(Math.floor((x - bands.x0 + (bands.step - bands.bandwidth) / 2) / bands.step));
    };
    const show = (f: string, t: string) => {
      const ends = [f ? monthNumber(f) - monthNumber(bands.first) : 0, t ? monthNumber(t) - monthNumber(bands.first) : bands.count - 1];
      const [a, b] = [Math.min(...ends), Math.max(...ends)];
      drawSelection(svg, bands, (f || t) && a < bands.count && b >= 0 ? [clamp(a), clamp(b)] : null);
    };

    let press: { x: number; index: number; pointer: number; dragging: boolean } | null = null;
    let swallowClick = false;
    svg.addEventListener('pointerdown', (ev) => {
      swallowClick = false;
      if (ev.button === 0 && ev.isPrimary) press = { x: ev.clientX, index: indexAt(ev.clientX), pointer: ev.pointerId, dragging: false };
    });
    svg.addEventListener('pointermove', (ev) => {
      if (!press || ev.pointerId !== press.pointer) return;
      if (!press.dragging) {
        if (Math.abs(ev.clientX - press.x) < DRAG) return;
        press.dragging = true;
        // Captured only once it is a drag: a capture from the press would take the click from the bar's link.
        svg.setPointerCapture(ev.pointerId);
      }
      const i = indexAt(ev.clientX);
      drawSelection(svg, bands, [Math.min(press.index, i), Math.max(press.index, i)]);
    });
    const release = (ev: PointerEvent) => {
      if (!press || ev.pointerId !== press.pointer) return;
      const { index, dragging } = press;
      press = null;
      if (!dragging) return;
      if (ev.type === 'pointercancel') return show(from.value, to.value);
      swallowClick = true;
      const i = indexAt(ev.clientX);
      from.value = addMonths(bands.first, Math.min(index, i));
      to.value = addMonths(bands.first, Math.max(index, i));
      form.dispatchEvent(new Event('change', { bubbles: true }));
    };
    svg.addEventListener('pointerup', release);
    svg.addEventListener('pointercancel', release);
    // The end of a drag is not a click on whichever bar it ended over.
    svg.addEventListener('click', (ev) => {
      if (!swallowClick) return;
      swallowClick = false;
      ev.preventDefault();
      ev.stopPropagation();
    }, true);
    // Bars are links, and browsers drag links: that would end the brush before it starts.
    svg.addEventListener('dragstart', (ev) => ev.preventDefault());
    form.addEventListener('change', () => show(from.value, to.value));
    const f = readFilter(location.search);
    show(f.from ?? '', f.to ?? '');
  }
}
customElements.define('overview-brush', OverviewBrush);
