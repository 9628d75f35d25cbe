// One sentence's statements that personnel move: the motion phrase, the people or force that moves,
// and what the clause says about them (agencies, count, places, date, operation).
import type { Action, PersonnelQualifier } from '../../schema/event.ts';
import type { AgencyId } from '../../data/agency-tree.ts';
import { lexicons } from './lexicons.ts';
import { findAgencies, type AgencyMention } from './agencies.ts';
import { findHeadCounts, type HeadCount } from './personnel.ts';
import { findPlaces, type KnownCities, type PlaceMention } from './places.ts';
import { findDates, type FoundDate } from './dates.ts';
import { findOperations } from './operations.ts';
import { isBackground, isHypothetical, isNegated, isPlanned, type Clause } from './cues.ts';
import { numberAt } from './numbers.ts';
import type { Sentence, Token } from './nlp.ts';
import type { Spans } from './pattern.ts';

export interface Mention {
  sentence: number;
  paragraph: number;
  /** The sentence, verbatim. */
  text: string;
  action: Action;
  /** Agencies named as the ones moving; `borrowed` when taken from the sentence before. */
  agencies: AgencyId[];
  agencySource: 'named' | 'institution' | 'borrowed' | 'none';
  personnel: number | null;
  qualifier: PersonnelQualifier | null;
  personnelText: string | null;
  additional: boolean;
  places: string[];
  origins: string[];
  /** Names its place by description ("the city"): the article's own place stands in. */
  described: boolean;
  date: FoundDate | null;
  operations: string[];
  /** Recalled, not the article's news: undated unless the sentence dates it. */
  background: boolean;
  /** Points back at people named before ("they", "the agents"). */
  refersBack: boolean;
  /** Agencies the sentence names as movers anywhere, for a clause of it that names none. */
  sentenceAgencies: AgencyId[];
}

// How far from the motion phrase the people or force may stand, in tokens.
const FORCE_REACH = 14;
// Pronouns and definite phrases that point back at people already named ("other troops": more of the same force).
const BACK = /^(?:they|them|these|those|the|such|both|other|their)$/;
// How far from the motion phrase its date may be written, in tokens.
const DATE_REACH = 15;

// The immigration agencies themselves (and their department).
const IMMIGRATION = new Set<AgencyId>(['ICE', 'ERO', 'HSI', 'CBP', 'USBP', 'BORTAC', 'BORSTAR', 'OFO', 'AMO', 'DHS']);

// A clause whose subject is a pronoun: "but some are being sent", "and they left".
const PRONOUN_SUBJECT = /^(?:they|some|others|many|most|all|both|these|those|several)\b/;
// "The agency took steps to identify up to 100 personnel": the agency named before.
const AGENCY_BACK = /\b(?:the|that) (?:agency|department|bureau|service|force)\b/;

function clauseHead(tokens: readonly Token[], clause: Clause): string {
  let k = clause.start;
  while (k < clause.end && (tokens[k]!.pos === 'PUNCT' || tokens[k]!.pos === 'CCONJ' || /^(?:but|while|whereas|although|though|and)$/.test(tokens[k]!.lower))) k++;
  return tokens.slice(k, k + 2).map((t) => t.lower).join(' ');
}

/** "as opposed to transfers", "the deployments": a motion word used as a plural noun moves no one by itself. */
function looksNominal(tokens: readonly Token[], anchor: number): boolean {
  const t = tokens[anchor]!;
  const prev = tokens[anchor - 1];
  return t.pos === 'VERB' && /[^s]s$/.test(t.lower) && Boolean(prev && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'ADJ'));
}

/** A heading, caption or credit: no closing punctuation, or all in brackets. */
function isHeading(s: Sentence, last: boolean): boolean {
  const t = s.tokens;
  if (t[0]!.text === '(' && t[t.length - 1]!.text === ')') return true;
  const closed = /[.!?]$/.test(t[t.length - 1]!.text) || (/^["”’)\]]$/.test(t[t.length - 1]!.text) && /[.!?,]$/.test(t[t.length - 2]?.text ?? ''));
  // A passage cut off mid-sentence ends without punctuation; a long last sentence is still prose.
  return !closed && !(last && t.length >= 15);
}

function spansOf(items: ReadonlyArray<{ start: number; end: number }>): Map<number, number> {
  const m = new Map<number, number>();
  for (const i of items) if (!m.has(i.start) || m.get(i.start)! < i.end) m.set(i.start, i.end);
  return m;
}

/** Clause boundaries: semicolons, and ", while", ", but" and the like. */
function clausesOf(tokens: readonly Token[]): Clause[] {
  const cuts: number[] = [];
  tokens.forEach((t, k) => {
    if (t.text === ';') cuts.push(k);
    else if (t.text === ',' && /^(?:while|but|whereas|although|though)$/.test(tokens[k + 1]?.lower ?? '')) cuts.push(k);
    else if (/^(?:while|whereas)$/.test(t.lower) && k > 3) cuts.push(k - 1);
    // "... will be sent there for 90 days until DHS can hire contractors": what follows is another action.
    else if (t.lower === 'until' && k > 3) cuts.push(k - 1);
  });
  const out: Clause[] = [];
  let start = 0;
  for (const c of cuts) {
    if (c > start) out.push({ start, end: c + 1 });
    start = c + 1;
  }
  if (start < tokens.length) out.push({ start, end: tokens.length });
  return out;
}

interface Force { start: number; end: number; kind: 'agency' | 'person' | 'force' }

function forcesIn(tokens: readonly Token[], agencies: AgencyMention[]): Force[] {
  const { person, force, not, forcePhrases } = lexicons().people;
  const out: Force[] = agencies.filter((a) => a.role === 'mover' || a.role === 'speaker').map((a) => ({ start: a.start, end: a.end, kind: 'agency' as const }));
  tokens.forEach((t, k) => {
    if (not.has(t.lemma)) return;
    const noun = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'X';
    if (noun && (person.has(t.lemma) || person.has(t.lower.replace(/s$/, '')))) out.push({ start: k, end: k + 1, kind: 'person' });
    else if (noun && (force.has(t.lemma) || force.has(t.lower))) out.push({ start: k, end: k + 1, kind: 'force' });
  });
  for (const m of forcePhrases.scan(tokens)) out.push({ start: m.start, end: m.end, kind: 'force' });
  return out.sort((a, b) => a.start - b.start);
}

// Motion phrases by how much they say: deputizing and withdrawal outrank the generic move words.
const RANK: Record<Action, number> = { deputize: 0, withdraw: 1, redeploy: 2, reassign: 3, surge: 4, plan: 5, deploy: 6 };

/** "25 agents will go to Cleveland, 42 to Detroit": counts each paired with their own destination. */
function countPlacePairs(tokens: readonly Token[], clause: Clause, counts: HeadCount[], places: PlaceMention[]): Array<{ count: HeadCount | { personnel: number; qualifier: PersonnelQualifier; text: string; start: number; end: number; additional: boolean; total: boolean }; place: PlaceMention }> {
  const inClause = places.filter((p) => p.start >= clause.start && p.end <= clause.end && p.role === 'to');
  const pairs: ReturnType<typeof countPlacePairs> = [];
  for (let k = clause.start; k < clause.end; k++) {
    const n = numberAt(tokens, k);
    if (!n) continue;
    k = n.end - 1;
    const counted = counts.find((c) => c.start <= n.start && c.end > n.start);
    const after = counted ? counted.end : n.end;
    // The next destination, with no other number before it.
    const next = inClause.find((p) => p.start >= after && p.start - after <= 6);
    if (!next) continue;
    if (tokens.slice(after, next.start).some((t) => t.pos === 'NUM')) continue;
    if (counted && counted.personnel !== null) pairs.push({ count: counted, place: next });
    else if (!counted && n.value !== null && tokens[n.end]?.lower === 'to') pairs.push({ count: { personnel: n.value, qualifier: 'exact', text: n.text, start: n.start, end: n.end, additional: false, total: false }, place: next });
  }
  return new Set(pairs.map((p) => p.place.name)).size >= 2 ? pairs : [];
}

/** The moves a sentence states: one per clause that has a motion and people, two or more when it pairs counts with their own places or agencies. */
export function mentionsIn(s: Sentence, published: Date | null, known: KnownCities, last = false): Mention[] {
  const tokens = s.tokens;
  const lex = lexicons();
  // Headings and captions ("Bringing in other agencies") are not statements.
  if (tokens.length < 5 || isHeading(s, last)) return [];
  const agencies = findAgencies(tokens);
  const forces = forcesIn(tokens, agencies);
  if (!forces.length) return [];
  const operations = findOperations(s.text);
  const places = findPlaces(tokens, known);
  const counts = findHeadCounts(tokens);
  // A place may be written with its article: "to the Del Rio sector".
  const withArticle = places.flatMap((p) => (tokens[p.start - 1]?.lower === 'the' ? [p, { start: p.start - 1, end: p.end }] : [p]));
  const spans: Spans = {
    force: spansOf(forces),
    people: spansOf(forces.filter((f) => f.kind === 'person')),
    num: spansOf(tokens.flatMap((t, k) => (t.pos === 'NUM' && tokens[k - 1]?.pos !== 'NUM' ? [numberAt(tokens, k)!].filter(Boolean) : []))),
    agency: spansOf(agencies),
    place: spansOf(withArticle),
  };
  // A motion word inside an agency's name ("Border Patrol") moves no one.
  const motions = lex.motions.scan(tokens, spans).filter((m) => !agencies.some((a) => m.anchor >= a.start && m.anchor < a.end));
  if (!motions.length) return [];
  const dates = findDates(s.text, published);
  const out: Mention[] = [];
  for (const clause of clausesOf(tokens)) {
    const inClause = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((x) => x.start >= clause.start && x.end <= clause.end);
    const own = motions.filter((m) => m.anchor >= clause.start && m.anchor < clause.end);
    // "..., but some are being sent to El Paso": a pronoun subject is the people of the clause before.
    const pronounForce = !forces.some((f) => f.start >= clause.start && f.end <= clause.end) && clause.start > 0 && forces.some((f) => f.end <= clause.start) && PRONOUN_SUBJECT.test(clauseHead(tokens, clause));
    const valid = own.filter((m) => {
      const near = pronounForce || forces.some((f) => f.start >= clause.start && f.end <= clause.end && Math.min(Math.abs(f.start - m.anchor), Math.abs(f.end - 1 - m.anchor)) <= FORCE_REACH);
      if (!near || looksNominal(tokens, m.anchor)) return false;
      if (isNegated(tokens, clause, m.anchor) || isHypothetical(tokens, clause, m.anchor)) return false;
      return !movesSomethingElse(tokens, clause, m.anchor, forces);
    });
    if (!valid.length) continue;
    valid.sort((a, b) => RANK[a.value] - RANK[b.value] || a.anchor - b.anchor);
    // The first motion names the move, unless a more specific one (deputizing, withdrawal) is also there.
    const first = [...valid].sort((a, b) => a.anchor - b.anchor)[0]!;
    const best = RANK[valid[0]!.value] <= RANK.withdraw ? valid[0]! : first;
    let action: Action = best.value;
    if (action !== 'plan' && isPlanned(tokens, clause, best.anchor)) action = 'plan';
    const clauseAgencies = inClause(agencies);
    const movers = clauseAgencies.filter((a) => a.role === 'mover');
    const fallback = clauseAgencies.filter((a) => a.role === 'speaker' || a.role === 'institution');
    const agencyIds = (list: AgencyMention[]) => [...new Set(list.flatMap((a) => a.ids))];
    let ids = movers.length ? agencyIds(movers) : agencyIds(fallback);
    // Immigration agencies deputize others; they are never the ones given immigration authority.
    if (action === 'deputize' || (best.value === 'deputize' && action === 'plan')) {
      ids = ids.filter((id) => !IMMIGRATION.has(id));
      const people = forces.some((f) => f.kind !== 'agency' && f.start >= clause.start && f.end <= clause.end);
      if (!ids.length && !people) continue;
    }
    const clausePlaces = inClause(places);
    const to = clausePlaces.filter((p) => p.role === 'to' || (p.role === 'none' && clausePlaces.every((q) => q.role !== 'to') && isBeside(p, best.anchor)));
    const firstForceAt = forces.find((f) => f.start >= clause.start && f.end <= clause.end)?.start ?? clause.start;
    // "A Republican from North Carolina said 25 agents were sent": an origin counts beside the people or the motion.
    const from = clausePlaces.filter((p) => p.role === 'from' && (p.start > firstForceAt || Math.abs(p.start - best.anchor) <= 6));
    const text = tokens.slice(clause.start, clause.end);
    const tokenAt = (at: number) => tokens.findIndex((x) => x.end - s.start > at);
    const clauseDates = dates.filter((d) => d.at >= text[0]!.start - s.start && d.at < text[text.length - 1]!.end - s.start && Math.abs(tokenAt(d.at) - best.anchor) <= DATE_REACH);
    // A named day or month says more than "recently"; among those, the one nearest the motion.
    const date = [...clauseDates].sort((a, b) => Number(a.vague ?? false) - Number(b.vague ?? false) || Math.abs(tokenAt(a.at) - best.anchor) - Math.abs(tokenAt(b.at) - best.anchor))[0] ?? null;
    const clauseCounts = inClause(counts);
    const firstForce = forces.find((f) => f.start >= clause.start && f.end <= clause.end);
    const before = firstForce ? tokens[firstForce.start - 1]?.lower ?? '' : '';
    const base: Mention = {
      sentence: s.index,
      paragraph: s.paragraph,
      text: s.text,
      action: redeployed(action, from),
      agencies: ids,
      agencySource: movers.length ? 'named' : ids.length ? 'institution' : 'none',
      personnel: null,
      qualifier: null,
      personnelText: null,
      additional: false,
      places: [...new Set(to.map((p) => p.name))],
      origins: [...new Set(from.map((p) => p.name))],
      described: lex.places.described.scan(text).length > 0,
      date,
      operations: operations.map((o) => o.name),
      background: isBackground(tokens, clause),
      refersBack: !movers.length && (pronounForce || AGENCY_BACK.test(text.map((x) => x.lower).join(' ')) || BACK.test(before) || /^(?:they|them|then)$/.test(tokens[clause.start]?.lower ?? '') || /^(?:they|them)$/.test(firstForce ? tokens[firstForce.start]!.lower : '')),
      sentenceAgencies: [...new Set(agencies.filter((a) => a.role === 'mover').flatMap((a) => a.ids))],
    };
    const withCount = (c: Pick<HeadCount, 'personnel' | 'qualifier' | 'text' | 'additional'> | undefined): Mention => (c ? { ...base, personnel: c.personnel, qualifier: c.personnel === null ? null : c.qualifier, personnelText: c.text, additional: c.additional } : base);
    const pairs = countPlacePairs(tokens, clause, counts, places);
    if (pairs.length) {
      for (const p of pairs) out.push({ ...withCount(p.count), places: [p.place.name] });
      continue;
    }
    // "4,000 National Guard troops and 700 Marines": two forces, each with its count.
    const split = forceCounts(clauseCounts, clauseAgencies, tokens);
    if (split.length >= 2) {
      for (const { count, ids: own } of split) out.push({ ...withCount(count), agencies: own, agencySource: own.length ? 'named' : 'none' });
      continue;
    }
    const total = clauseCounts.find((c) => c.total && c.personnel !== null);
    out.push(withCount(total ?? clauseCounts.find((c) => c.personnel !== null) ?? clauseCounts[0]));
  }
  return out;
}

/** A deploy from a named place elsewhere is a redeployment. */
function redeployed(action: Action, from: PlaceMention[]): Action {
  return action === 'deploy' && from.length ? 'redeploy' : action;
}

function isBeside(p: PlaceMention, anchor: number): boolean {
  return Math.abs(p.start - anchor) <= 8;
}

/** Counts that each name their own force: "4,000 National Guard troops and 700 Marines". */
function forceCounts(counts: HeadCount[], agencies: AgencyMention[], tokens: readonly Token[]): Array<{ count: HeadCount; ids: AgencyId[] }> {
  const real = counts.filter((c) => c.personnel !== null && !c.total);
  if (real.length < 2) return [];
  // "800 troops were dispatched to the border, where 2,500 Guard members were already serving": the second is no move.
  for (let i = 1; i < real.length; i++) {
    if (tokens.slice(real[i - 1]!.end, real[i]!.start).some((t) => /^(?:where|who|which|whom|whose|that|while|when)$/.test(t.lower))) return [];
  }
  const out = real.map((count) => ({ count, ids: [...new Set(agencies.filter((a) => a.start >= count.start && a.end <= count.end).flatMap((a) => a.ids))] }));
  // Two counts of one force ("1,500 troops ... brings the total to 4,000 troops") are one move.
  const distinct = new Set(out.map((o) => o.ids.join('/') + '|' + o.count.text.split(' ').pop()));
  return distinct.size >= 2 ? out : [];
}

/**
 * "Caravans heading to El Paso", "sent a letter": the motion's own subject or object is something
 * other than people. The nearest noun on either side decides, when no force is nearer.
 */
function movesSomethingElse(tokens: readonly Token[], clause: Clause, anchor: number, forces: Force[]): boolean {
  const { not } = lexicons().people;
  const isForce = (k: number) => forces.some((f) => k >= f.start && k < f.end);
  // The object: the first noun after the motion word.
  for (let k = anchor + 1; k < Math.min(clause.end, anchor + 4); k++) {
    const t = tokens[k]!;
    if (isForce(k)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (not.has(t.lemma)) return true;
      break;
    }
    if (t.pos === 'ADP' || t.pos === 'PUNCT') break;
  }
  // The subject: when no people stand before the motion in its clause, the nearest noun before it.
  if (forces.some((f) => f.start >= clause.start && f.start < anchor)) return false;
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 6); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && not.has(t.lemma)) return true;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
  }
  return false;
}
