import type { ArticleEventInput } from '../../schema/event.ts';
import type { AgencyId } from '../../schema/agency.ts';
import { related } from '../../data/agency-tree.ts';
import { interval, overlaps } from '../../timeline/interval.ts';
import type { Mention } from './mentions.ts';

/** An event being built from the mentions that state it. */
export interface Draft { mentions: Mention[]; last: number }

// How far back (in sentences) an agency-less mention ("The agency said it needs up to 300 staff...") may reach.
const ATTACH_WINDOW = 3;

function compatible(d: Draft, m: Mention): boolean {
  if (!related(agenciesOf(d), m.agencies)) return false;
  if (m.additional) return false;
  const date = firstDate(d);
  if (date && m.date && date.precision === 'day' && m.precision === 'day' && date.date !== m.date) return false;
  if (date && m.date && date.date.slice(0, 7) !== m.date.slice(0, 7) && date.precision !== 'year' && m.precision !== 'year') return false;
  const n = firstCount(d);
  if (n && m.personnel && Math.abs(n - m.personnel) > 0.25 * Math.max(n, m.personnel)) return false;
  return true;
}

function sameTime(date: { date: string; precision: NonNullable<Mention['precision']> }, m: Mention): boolean {
  const a = interval(date.date, date.precision);
  const b = interval(m.date, m.precision);
  // Dates two weeks apart are one move told in steps ("federalized last weekend, arrived Tuesday").
  return !a || !b || overlaps(a, b, date.precision === 'day' && m.precision === 'day' ? 14 : 0);
}

function agenciesOf(d: Draft): AgencyId[] {
  return [...new Set(d.mentions.flatMap((m) => m.agencies))];
}
function firstDate(d: Draft): { date: string; precision: NonNullable<Mention['precision']> } | null {
  const m = d.mentions.find((x) => x.date && x.precision);
  return m ? { date: m.date!, precision: m.precision! } : null;
}
function firstCount(d: Draft): number | null {
  return d.mentions.find((x) => x.personnel)?.personnel ?? null;
}

/**
 * Groups mentions into drafts, one per action. Dated mentions anchor drafts first, so an undated lede
 * that names several agencies cannot swallow the dated moves it summarises; undated mentions then join
 * the draft they share most agencies with (adding only related agencies), or start their own;
 * agency-less mentions join the draft of the mention just before them.
 */
export function groupMentions(mentions: Mention[]): Draft[] {
  const drafts: Draft[] = [];
  const home = new Map<Mention, Draft>();
  const place = (m: Mention, d: Draft | undefined, create: boolean) => {
    if (d) {
      const kept = m.agencies.filter((a) => related(agenciesOf(d), [a]));
      const joined = { ...m, agencies: kept, partial: kept.length < m.agencies.length };
      d.mentions.push(joined);
      d.last = Math.max(d.last, m.sentence);
      home.set(m, d);
    } else if (create && !m.weak) {
      const fresh = { mentions: [m], last: m.sentence };
      drafts.push(fresh);
      home.set(m, fresh);
    }
  };
  const withAgencies = mentions.filter((m) => m.agencies.length);
  for (const m of withAgencies) if (m.date) place(m, drafts.find((d) => compatible(d, m)), true);
  for (const m of withAgencies) {
    if (m.date) continue;
    const candidates = drafts.filter((d) => compatible(d, m));
    const shared = (d: Draft) => m.agencies.filter((a) => related(agenciesOf(d), [a])).length;
    const nearest = (d: Draft) => Math.min(...d.mentions.map((x) => Math.abs(x.sentence - m.sentence)));
    candidates.sort((a, b) => shared(b) - shared(a) || nearest(a) - nearest(b));
    place(m, candidates[0], true);
  }
  for (const m of mentions) {
    if (m.agencies.length) continue;
    const before = [...home.keys()].filter((x) => x.sentence <= m.sentence && m.sentence - x.sentence <= ATTACH_WINDOW).sort((a, b) => b.sentence - a.sentence)[0];
    // A denied, conditional or merely considered move adds nothing to the move before it.
    if (!before || m.additional || m.weak) continue;
    const d = home.get(before)!;
    const date = firstDate(d);
    if (m.date && date && !sameTime(date, m)) {
      // "The same agents moved into Charlotte in November": the agents of the move before, at another time.
      const fresh = { mentions: [{ ...m, agencies: agenciesOf(d) }], last: m.sentence };
      drafts.push(fresh);
      home.set(m, fresh);
    } else place(m, d, false);
  }
  for (const d of drafts) d.mentions.sort((a, b) => (a === d.mentions[0] ? -1 : b === d.mentions[0] ? 1 : a.sentence - b.sentence));
  return drafts.sort((a, b) => Math.min(...a.mentions.map((m) => m.sentence)) - Math.min(...b.mentions.map((m) => m.sentence)));
}

/** The event a draft stands for, with the fields its mentions give (the first mention that gives a field wins). */
export function draftToEvent(d: Draft, key: string, fallback: { date: string | null; focusPlace: string | null }): ArticleEventInput {
  const first = d.mentions[0]!;
  // The earliest statement (the lede, usually) names the action, unless the anchor is the more specific deputizing.
  const earliest = [...d.mentions].filter((m) => !m.weak && !m.partial && m.agencies.length).sort((a, b) => a.sentence - b.sentence)[0] ?? first;
  const action = first.action === 'deputize' ? first.action : earliest.action;
  const agencies = agenciesOf(d).filter((a) => d.mentions.some((m) => m.agencies.includes(a)));
  const date = firstDate(d);
  const counted = d.mentions.find((m) => m.personnel) ?? d.mentions.find((m) => m.personnelText);
  const places = [...new Set(d.mentions.flatMap((m) => m.places))];
  // Troops withdrawn "from Los Angeles": the place they leave is where the event happens.
  if (!places.length && action === 'withdraw') places.push(...new Set(d.mentions.flatMap((m) => m.origins)));
  if (!places.length && fallback.focusPlace && d.mentions.some((m) => m.anaphoricPlace)) places.push(fallback.focusPlace);
  const origin = d.mentions.flatMap((m) => m.origins).find((o) => !places.includes(o)) ?? originPhrase(d);
  const explicitDate = Boolean(date);
  const confidence = Math.min(0.95, 0.45 + (explicitDate ? 0.15 : 0) + (counted?.personnel ? 0.1 : 0) + (places.length ? 0.1 : 0) + (d.mentions.length > 1 ? 0.1 : 0) - (action === 'plan' ? 0.05 : 0));
  return {
    key,
    date: date?.date ?? fallback.date,
    date_precision: date?.precision ?? (fallback.date ? 'day' : null),
    agencies: agencies.length ? agencies : first.agencies,
    action,
    personnel: counted?.personnel ?? null,
    personnel_qualifier: counted?.personnel ? counted.qualifier : null,
    personnel_text: counted?.personnelText ?? null,
    places,
    origin,
    operation: d.mentions.flatMap((m) => m.operations)[0] ?? null,
    // The earliest full statement (the lede, usually) is the sentence to quote.
    evidence: earliest.text,
    confidence: Math.round(confidence * 100) / 100,
  };
}

function originPhrase(d: Draft): string | null {
  const text = d.mentions.map((m) => m.text).join(' ');
  if (/\bdesk\s+(?:duty|duties|work|jobs)|\bbehind\s+desks|\btheir\s+desks|\badministrative\s+roles/i.test(text)) return 'desk duty';
  if (/\bports?\s+of\s+entry\b/i.test(text)) return 'ports of entry';
  return null;
}
