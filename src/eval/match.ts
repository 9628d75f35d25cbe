// The shared scorer's matching rules (../shared/eval/score.mjs), restated so the error report can say
// *why* an event was missed or counted wrong. Totals are always taken from the scorer itself.
import { lineage } from '../data/agency-tree.ts';
import type { AgencyId } from '../data/agency-tree.ts';

export interface ScoredEvent {
  date: string | null;
  date_precision: string | null;
  agencies: string[];
  action: string;
  personnel: number | null;
  personnel_qualifier?: string | null;
  places: string[];
  operation?: string | null;
  evidence: string;
  optional?: boolean;
  window?: [string, string] | null;
  evidence_more?: string[];
}

const DAY = 86_400_000;
// An unknown id has no parent: its lineage is itself, as in the scorer.
const chain = (a: string): string[] => lineage(a.toUpperCase() as AgencyId);

export function agenciesMatch(gold: string[], pred: string[]): boolean {
  if (!gold.length) return true;
  return gold.some((g) => pred.some((p) => chain(p).includes(g.toUpperCase()) || chain(g).includes(p.toUpperCase())));
}

export function interval(date: string | null | undefined): [number, number] | null {
  if (!date) return null;
  const [y, m, d] = String(date).split('-').map(Number);
  if (!y) return null;
  if (!m) return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
  if (!d) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  return [Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d)];
}

function goldRange(g: ScoredEvent): [number, number] | null {
  if (g.window) return [interval(g.window[0])![0], interval(g.window[1])![1]];
  const iv = interval(g.date);
  const pad = iv && iv[0] === iv[1] ? 3 * DAY : 0;
  return iv && [iv[0] - pad, iv[1] + pad];
}

export function dateOk(g: ScoredEvent, p: ScoredEvent): boolean {
  const range = goldRange(g);
  const iv = interval(p.date);
  if (!g.date && !iv) return true;
  if (!iv || !range) return false;
  return iv[0] <= range[1] && iv[1] >= range[0];
}

export function placeKey(name: string): string {
  const s = String(name).toLowerCase();
  if (/(south(ern|west(ern)?)?|u\.?s\.?[- ]mexic(o|an)|mexican) border/.test(s)) return 'us-mexico border';
  if (/(northern|u\.?s\.?[- ]canad(a|ian)|canadian) border/.test(s)) return 'us-canada border';
  return s.replace(/,.*$/, '').replace(/\bcity\b/g, '').replace(/[^a-z ]/g, '').trim().replace(/^nyc$/, 'new york').replace(/^washington dc$/, 'washington');
}

export function placesOk(g: ScoredEvent, p: ScoredEvent): boolean {
  if (!g.places?.length || !p.places?.length) return true;
  const want = new Set(g.places.map(placeKey));
  return p.places.some((x) => want.has(placeKey(x)));
}

export function matches(g: ScoredEvent, p: ScoredEvent): boolean {
  return agenciesMatch(g.agencies ?? [], p.agencies ?? []) && dateOk(g, p) && placesOk(g, p);
}

export function jaccard(a: string[], b: string[]): number {
  const A = new Set(a.map(placeKey));
  const B = new Set(b.map(placeKey));
  const inter = [...A].filter((x) => B.has(x)).length;
  return A.size + B.size === 0 ? 1 : inter / (A.size + B.size - inter);
}

const words = (s: string | null | undefined) => new Set(String(s ?? '').toLowerCase().match(/[a-z0-9]+/g) ?? []);

function closeness(g: ScoredEvent, p: ScoredEvent): number {
  const a = words(g.evidence);
  const b = words(p.evidence);
  const inter = [...a].filter((x) => b.has(x)).length;
  return inter / Math.max(1, Math.min(a.size, b.size)) + (g.personnel != null && g.personnel === p.personnel ? 1 : 0) + jaccard(g.places ?? [], p.places ?? []);
}

/** Each gold event's closest matching prediction (index), one prediction per gold event, -1 for none. */
export function pair(gold: ScoredEvent[], pred: ScoredEvent[]): number[] {
  const taken = new Set<number>();
  return gold.map((g) => {
    let best = -1;
    pred.forEach((p, i) => {
      if (taken.has(i) || !matches(g, p)) return;
      if (best < 0 || closeness(g, p) > closeness(g, pred[best]!)) best = i;
    });
    if (best >= 0) taken.add(best);
    return best;
  });
}

/** Why a gold event and a prediction do not match, field by field ("agencies", "date", "places"). */
export function mismatches(g: ScoredEvent, p: ScoredEvent): string[] {
  const out: string[] = [];
  if (!agenciesMatch(g.agencies ?? [], p.agencies ?? [])) out.push('agencies');
  if (!dateOk(g, p)) out.push('date');
  if (!placesOk(g, p)) out.push('places');
  return out;
}

/** How much a prediction's sentence shares with a gold event's sentences: which prediction was meant. */
export function overlap(g: ScoredEvent, p: ScoredEvent): number {
  const have = words(p.evidence);
  return Math.max(...[g.evidence, ...(g.evidence_more ?? [])].map((e) => {
    const w = words(e);
    return [...w].filter((x) => have.has(x)).length / Math.max(1, Math.min(w.size, have.size));
  }));
}
