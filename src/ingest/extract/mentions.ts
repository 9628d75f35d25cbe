// One sentence's statements that personnel move: the motion phrase, the people or force that moves,
// and what the clause says about them (agencies, count, places, date, operation).
import type { Action, PersonnelQualifier } from '../../schema/event.ts';
import { lineage, type AgencyId } from '../../data/agency-tree.ts';
import { stateCode } from '../../data/us-states.ts';
import { lexicons } from './lexicons.ts';
import { findAgencies, type AgencyMention } from './agencies.ts';
import { findHeadCounts, type HeadCount } from './personnel.ts';
import { findPlaces, type KnownCities, type PlaceMention } from './places.ts';
import { findDates, type FoundDate } from './dates.ts';
import { findOperations } from './operations.ts';
import { isBackground, isHypothetical, isNegated, isPlanned, type Clause } from './cues.ts';
import { numberAt } from './numbers.ts';
import type { Sentence, Token } from './nlp.ts';
import type { Reference } from './context.ts';
import type { PatternSet, Spans } from './pattern.ts';

export interface Mention {
  sentence: number;
  paragraph: number;
  /** The sentence, verbatim. */
  text: string;
  action: Action;
  /** Agencies named as the ones moving; `borrowed` when taken from the sentence before. */
  agencies: AgencyId[];
  agencySource: 'named' | 'institution' | 'borrowed' | 'article' | 'none';
  personnel: number | null;
  qualifier: PersonnelQualifier | null;
  personnelText: string | null;
  additional: boolean;
  places: string[];
  origins: string[];
  /** Opens with "Separately": another move than any told before. */
  separate: boolean;
  /** The states whose Guard units the segment names ("the Oregon National Guard"). */
  home: string[];
  /** The places are only near the motion, not named as where people go ("a center southwest of Chicago"). */
  placesNear: boolean;
  /** The motion is an arrival ("arrived at an Army Reserve center"). */
  arrival: boolean;
  /** Names its place by description ("the city"): the article's own place stands in. */
  described: boolean;
  date: FoundDate | null;
  operations: string[];
  /** Recalled, not the article's news: undated unless the sentence dates it. */
  background: boolean;
  /** Points back at people named before ("they", "the agents"). */
  refersBack: boolean;
  /** The action the motion phrase itself states, before a plan cue turned it into `plan`. */
  motion: Action;
  /** Agencies the sentence names as movers anywhere, for a clause of it that names none. */
  sentenceAgencies: AgencyId[];
  /** The commanding agency ("the Pentagon"), for troops no sentence around names. */
  commanded: AgencyId[];
}

// How far from the motion phrase the people or force may stand, in tokens.
const FORCE_REACH = 20;
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
  return t.pos === 'VERB' && /[^s]s$/.test(t.lower) && Boolean(prev && (prev.pos === 'ADP' || prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'PART'));
}

/** "Special Operations Deployment", "Operation Rapid Response": a motion word inside a capitalised name names, it does not move. */
function inName(tokens: readonly Token[], anchor: number): boolean {
  const cap = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? '') && tokens[k]!.pos === 'PROPN';
  return anchor > 0 && /^\p{Lu}/u.test(tokens[anchor]!.text) && (cap(anchor - 1) || cap(anchor + 1));
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
    // "..., and in December about 250 agents were sent": a new time or count starts another move.
    else if (t.text === ',' && tokens[k + 1]?.lower === 'and' && (/^(?:in|on|by|later|then|last|this|next|another|about|some|nearly|roughly|that)$/.test(tokens[k + 2]?.lower ?? '') || tokens[k + 2]?.pos === 'NUM')) cuts.push(k);
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
  const out: Force[] = agencies.filter((a) => a.role === 'mover' || a.role === 'speaker' || a.role === 'command').map((a) => ({ start: a.start, end: a.end, kind: 'agency' as const }));
  const speech = lexicons().roles.speech;
  // "the Obama-era official, stated", "a CBP official told": a person who speaks is not a person who moves.
  const speaks = (k: number) => [1, 2, 3].some((i) => speech.startingAt(tokens, k + i).length > 0) && !tokens.slice(k + 1, k + 4).some((x) => x.pos === 'NUM');
  tokens.forEach((t, k) => {
    // The word lists first: most tokens are in neither, and nothing else need be asked of them.
    const isPerson = person.has(t.lemma) || person.has(t.lower.replace(/s$/, ''));
    if (!isPerson && !(t.text === t.lower && (force.has(t.lemma) || force.has(t.lower)))) return;
    if (not.has(t.lemma) || (t.lemma === 'official' && speaks(k))) return;
    const noun = t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'X';
    // "agents", "the officer", "200 troops" are people; a bare singular ("marshal and deploy my columns",
    // "by force") names no one, and a capitalised group noun is a name ("the New Zealand Company").
    const counted = t.lower !== t.lemma || t.lemma === 'personnel' || t.lemma === 'staff' || /^(?:DET|NUM|ADJ|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '') || /^(?:DET|NUM)$/.test(tokens[k - 2]?.pos ?? '');
    if (noun && counted) out.push({ start: k, end: k + 1, kind: isPerson ? 'person' : 'force' });
  });
  for (const m of forcePhrases.scan(tokens)) out.push({ start: m.start, end: m.end, kind: 'force' });
  return out.sort((a, b) => a.start - b.start);
}

// Motion phrases by how much they say: deputizing and withdrawal outrank the generic move words.
const RANK: Record<Action, number> = { deputize: 0, withdraw: 1, redeploy: 2, reassign: 3, surge: 4, plan: 5, deploy: 6 };

/** "25 agents will go to Cleveland, 42 to Detroit": counts each paired with their own destination. */
function countPlacePairs(tokens: readonly Token[], clause: { start: number; end: number }, counts: HeadCount[], places: PlaceMention[]): Array<{ count: HeadCount | { personnel: number; qualifier: PersonnelQualifier; text: string; start: number; end: number; additional: boolean; total: boolean }; place: PlaceMention }> {
  const inClause = places.filter((p) => p.start >= clause.start && p.end <= clause.end && p.role === 'to');
  const pairs: ReturnType<typeof countPlacePairs> = [];
  for (let k = clause.start; k < clause.end; k++) {
    const n = numberAt(tokens, k, false);
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
export function mentionsIn(s: Sentence, reference: Reference | null, known: KnownCities, last = false): Mention[] {
  const tokens = s.tokens;
  const lex = lexicons();
  // Headings and captions ("Bringing in other agencies") are not statements.
  if (tokens.length < 5 || isHeading(s, last)) return [];
  // Most sentences hold no motion word at all: they are dropped before anything else is read.
  if (!lex.motions.mayMatch(tokens)) return [];
  // Spans for the motion patterns that name a class (@place, @force ...), each computed only if a pattern asks.
  let agencies: AgencyMention[] | null = null;
  let forces: Force[] | null = null;
  let places: PlaceMention[] | null = null;
  const agenciesNow = () => (agencies ??= findAgencies(tokens));
  const forcesNow = () => (forces ??= forcesIn(tokens, agenciesNow()));
  // Agency names hold place words ("Border Patrol", "El Paso Field Office" is a place, "the Border" is not).
  const placesNow = () => (places ??= findPlaces(tokens, known, new Set(agenciesNow().flatMap((a) => Array.from({ length: a.end - a.start }, (_x, i) => a.start + i)))));
  const memo = <T>(f: () => T) => {
    let v: T | undefined;
    return () => (v ??= f());
  };
  const forceSpans = memo(() => spansOf(forcesNow()));
  const peopleSpans = memo(() => spansOf(forcesNow().filter((f) => f.kind === 'person')));
  const numSpans = memo(() => spansOf(tokens.flatMap((t, k) => (t.pos === 'NUM' && tokens[k - 1]?.pos !== 'NUM' ? [numberAt(tokens, k, false)!].filter(Boolean) : []))));
  const agencySpans = memo(() => spansOf(agenciesNow()));
  // A place may be written with its article: "to the Del Rio sector".
  const placeSpans = memo(() => spansOf(placesNow().flatMap((p) => (tokens[p.start - 1]?.lower === 'the' ? [p, { start: p.start - 1, end: p.end }] : [p]))));
  const spans: Spans = {
    get force() { return forceSpans(); },
    get people() { return peopleSpans(); },
    get num() { return numSpans(); },
    get agency() { return agencySpans(); },
    get place() { return placeSpans(); },
  };
  // No people and no agency of theirs: nothing moves, whatever the motion words (officials who only speak).
  if (!forcesNow().length) return [];
  const found = lex.motions.scan(tokens, spans);
  if (!found.length) return [];
  // A motion word inside an agency's name ("Border Patrol") moves no one.
  const motions = found.filter((m) => !agenciesNow().some((a) => m.anchor >= a.start && m.anchor < a.end));
  if (!motions.length) return [];
  const agenciesFound = agenciesNow();
  const forcesFound = forcesNow();
  // What only a move needs is read once a clause has one.
  const told = memo(() => ({
    places: placesNow(),
    operations: findOperations(s.text),
    counts: findHeadCounts(tokens),
    dates: findDates(s.text, reference).map((d) => ({ ...d, token: tokenAt(tokens, s.start + d.at), last: tokenAt(tokens, s.start + d.at + Math.max(1, d.length ?? 1) - 1) })),
  }));
  const out: Mention[] = [];
  const clauseCount = clausesOf(tokens).length;
  const motionClauses = clausesOf(tokens).filter((c) => motions.some((m) => m.anchor >= c.start && m.anchor < c.end));
  for (const clause of clausesOf(tokens)) {
    const own = motions.filter((m) => m.anchor >= clause.start && m.anchor < clause.end);
    // "..., but some are being sent to El Paso": a pronoun subject is the people of the clause before.
    const pronounForce = !forcesFound.some((f) => f.start >= clause.start && f.end <= clause.end) && clause.start > 0 && forcesFound.some((f) => f.end <= clause.start) && PRONOUN_SUBJECT.test(clauseHead(tokens, clause));
    const valid = own.filter((m) => {
      // "the Memphis deployment was winding down": what is withdrawn is the deployment's people.
      if (m.value === 'withdraw' && tokens.slice(Math.max(clause.start, m.anchor - 6), m.anchor).some((t) => /^(?:deployment|operation|mission|surge|presence)$/.test(t.lemma))) return !isNegated(tokens, clause, m.anchor) && !isHypothetical(tokens, clause, m.anchor);
      const near = pronounForce || forcesFound.some((f) => f.start >= clause.start && f.end <= clause.end && Math.min(Math.abs(f.start - m.anchor), Math.abs(f.end - 1 - m.anchor)) <= FORCE_REACH);
      if (!near || looksNominal(tokens, m.anchor) || inName(tokens, m.anchor)) return false;
      if (isNegated(tokens, clause, m.anchor) || isHypothetical(tokens, clause, m.anchor)) return false;
      return !movesSomethingElse(tokens, clause, m.anchor, forcesFound);
    });
    if (!valid.length) continue;
    const clauseMovers = agenciesFound.filter((a) => a.role === 'mover' && a.start >= clause.start && a.end <= clause.end);
    const segments = segmentsOf(tokens, valid, clauseMovers, clause);
    const sentenceAgencies = [...new Set(agenciesFound.filter((a) => a.role === 'mover' && motionClauses.some((c) => a.start >= c.start && a.end <= c.end)).flatMap((a) => a.ids))];
    const { places: placesFound, counts, dates, operations } = told();
    const said = segments.map((seg) => segmentMentions({ s, published: reference?.isPublication ? reference.day.toISOString().slice(0, 10) : null, tokens, clause, seg, agencies: agenciesFound, forces: forcesFound, places: placesFound, counts, dates, operations, pronounForce, sentenceAgencies, firstMotion: Math.min(...valid.map((m) => m.anchor)), whole: segments.length === 1 && clauseCount === 1 }));
    // "Last week Abbott deployed 400 Guard soldiers ... and ordered state police to help": one date for both.
    const clauseDate = said.flat().find((m) => m.date)?.date ?? null;
    for (const m of said.flat()) out.push(m.date || segments.length < 2 ? m : { ...m, date: clauseDate });
  }
  return out;
}

interface Segment { start: number; end: number; motions: Motion[] }
type Motion = ReturnType<PatternSet<Action>['scan']>[number];

/**
 * One clause, cut where it tells two moves with their own agencies: "ICE deployed 19 teams across
 * Massachusetts and the agency brought in ICE teams from other parts of the country", "redirecting
 * ICE agents ... and taking steps to deputize Justice Department agents". Each agency goes to the
 * motion nearest it; motions that get none stay with the one before.
 */
function segmentsOf(tokens: readonly Token[], valid: Motion[], movers: AgencyMention[], clause: Clause): Segment[] {
  const whole = [{ start: clause.start, end: clause.end, motions: valid }];
  if (valid.length < 2 || movers.length < 2) return whole;
  // A force belongs to the motion right after it (its verb: "CBP agents on standby"), else to the one
  // before it (its object: "sent 4,000 Guard members and 700 Marines"), else to the first after it.
  const owner = movers.map((a) => valid.find((m) => m.anchor >= a.end && m.anchor - a.end <= 3) ?? [...valid].reverse().find((m) => m.anchor < a.start) ?? valid.find((m) => m.anchor >= a.end)!);
  // "DHS launched an operation in Chicago, sending ICE officers to the city": a participle after a comma
  // tells the same move, it starts no other.
  const participle = (m: Motion) => tokens[m.anchor]!.pos === 'VERB' && /ing$/.test(tokens[m.anchor]!.lower) && tokens[m.anchor - 1]?.text === ',';
  // "200 federalized members of the Guard": a participle before its noun describes the people, it is no move of its own.
  const attributive = (m: Motion) => /ed$/.test(tokens[m.anchor]!.lower) && /^(?:NOUN|PROPN)$/.test(tokens[m.anchor + 1]?.pos ?? '') && m.end === m.anchor + 1;
  const heads = [...new Set(owner)].sort((x, y) => x.anchor - y.anchor).filter((h, i) => (i === 0 || !participle(h)) && !attributive(h));
  if (heads.length < 2) return whole;
  // "DHS is tapping other agencies ... to assist ICE": the recruited agencies belong to the recruiting.
  const recruiting = lexicons().roles.recruiting;
  const helps = (m: Motion) => /^(?:help|assist|support|supplement)/.test(tokens[m.anchor]!.lemma);
  if (recruiting.startingAt(tokens, heads[0]!.anchor).length && heads.slice(1).every(helps)) return whole;
  const starts = heads.map((h) => Math.min(h.anchor, ...movers.filter((_a, i) => owner[i] === h).map((a) => a.start)));
  if (starts.some((x, i) => i > 0 && (x <= starts[i - 1]! || x <= heads[i - 1]!.anchor))) return whole;
  return heads.map((_h, i) => {
    const start = i === 0 ? clause.start : starts[i]!;
    const end = i + 1 < heads.length ? starts[i + 1]! : clause.end;
    return { start, end, motions: valid.filter((m) => m.anchor >= start && m.anchor < end) };
  });
}

interface SegmentInput {
  s: Sentence;
  /** The publication day, YYYY-MM-DD, when the reference is one. */
  published: string | null;
  tokens: readonly Token[];
  clause: Clause;
  seg: Segment;
  agencies: AgencyMention[];
  forces: Force[];
  places: PlaceMention[];
  counts: HeadCount[];
  dates: Array<FoundDate & { token: number; last: number }>;
  operations: Array<{ name: string; index: number }>;
  /** The segment is the whole sentence: whatever operation the sentence names is its operation. */
  whole: boolean;
  pronounForce: boolean;
  sentenceAgencies: AgencyId[];
  /** The token of the clause's first motion. */
  firstMotion: number;
}

function tokenAt(tokens: readonly Token[], at: number): number {
  const k = tokens.findIndex((x) => x.end > at);
  return k < 0 ? tokens.length - 1 : k;
}

/**
 * The date a segment's move has: one written with its motion ("deployed ... in June", "On Monday,
 * agents arrived"), else with a verb of saying ("the office announced Tuesday"). A date belongs to the
 * verb before it, or, at the head of its clause, to the verb after it.
 */
function dateFor(tokens: readonly Token[], seg: Segment, dates: SegmentInput['dates'], anchor: number): FoundDate | null {
  const inSeg = dates.filter((d) => d.token >= seg.start && d.token < seg.end);
  const motionTokens = new Set(seg.motions.flatMap((m) => Array.from({ length: m.end - m.start }, (_x, i) => m.start + i)));
  const isVerb = (k: number) => tokens[k]!.pos === 'VERB' || motionTokens.has(k);
  const speech = lexicons().roles.speech;
  const act = lexicons().roles.act;
  const saying = (k: number) => k >= 0 && (speech.startingAt(tokens, k).length > 0 || act.startingAt(tokens, k).length > 0 || /^(?:receive|accord)$/.test(tokens[k]!.lemma) || tokens[k]!.lower === 'according');
  // "In September, agents led by Bovino arrived": a participle after its noun describes; the verb after it is the clause's.
  const describes = (k: number) => !motionTokens.has(k) && /(?:ed|en)$/.test(tokens[k]!.lower) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
  const verbOf = (d: { token: number; last: number }) => {
    for (let k = d.token - 1; k >= seg.start; k--) if (isVerb(k) || tokens[k]!.lower === 'according') return k;
    // Past the date's own words: "As Title 42 expired, officers were sent" is dated by "sent".
    for (let k = Math.max(d.token, d.last) + 1; k < seg.end; k++) if (isVerb(k) && !describes(k)) return k;
    return -1;
  };
  // "decided last week to send 100 deputies — that personnel began arriving Thursday night": an arrival is the move itself.
  const arrival = lexicons().cues.arrival;
  const moving = (k: number) => k >= 0 && (motionTokens.has(k) || arrival.startingAt(tokens, k).length > 0);
  const own = inSeg.filter((d) => moving(verbOf(d)) && Math.abs(d.token - anchor) <= DATE_REACH);
  const near = (list: typeof inSeg) => list.sort((a, b) => Number(a.vague ?? false) - Number(b.vague ?? false) || Math.abs(a.token - anchor) - Math.abs(b.token - anchor))[0];
  const toldNoun = lexicons().cues.told;
  const told = inSeg.filter((d) => !d.vague && (saying(verbOf(d)) || (d.token > 0 && toldNoun.startingAt(tokens, d.token - 1).length > 0)));
  const mine = near(own);
  const pick = mine ?? near(told);
  return pick ? { date: pick.date, precision: pick.precision, at: pick.at, ...(pick.vague ? { vague: true } : {}), ...(mine ? { withMotion: true } : {}) } : null;
}

function segmentMentions(x: SegmentInput): Mention[] {
  const { s, tokens, clause, seg, agencies, forces, places, counts } = x;
  const lex = lexicons();
  const inSeg = <T extends { start: number; end: number }>(xs: readonly T[]) => xs.filter((v) => v.start >= seg.start && v.end <= seg.end);
  // "Officials relegated to desk work will be moved to the field": a participle after its noun describes, the main verb moves.
  // A motion whose own auxiliary stands right before it ("will be moved", "have been sent").
  const finite = (m: Motion) => {
    for (let k = m.anchor - 1; k >= Math.max(0, m.anchor - 4); k--) {
      if (tokens[k]!.pos === 'AUX') return true;
      if (tokens[k]!.pos !== 'ADV' && tokens[k]!.lower !== 'not') return false;
    }
    return false;
  };
  // A participle right after its noun: "officials relegated", "troops mobilized".
  const afterItsNoun = (m: Motion) => tokens[m.anchor]!.pos === 'VERB' && /ed$/.test(tokens[m.anchor]!.lower) && /^(?:NOUN|PROPN)$/.test(tokens[m.anchor - 1]?.pos ?? '');
  // One that describes: the clause has its own verb, and the participle its preposition ("are part of the
  // 700 troops mobilized by"); "Youngkin directed 60 soldiers" is the clause's own past tense.
  const describing = (m: Motion) =>
    afterItsNoun(m) && !finite(m) && tokens[m.anchor + 1]?.pos === 'ADP' && tokens.slice(clause.start, m.anchor - 1).some((t) => t.pos === 'AUX' || t.pos === 'VERB');
  const modifier = (m: Motion) => afterItsNoun(m) && seg.motions.some((x) => x.anchor > m.anchor && finite(x));
  const main = seg.motions.filter((m) => !modifier(m));
  const valid = [...(main.length ? main : seg.motions)].sort((a, b) => RANK[a.value] - RANK[b.value] || a.anchor - b.anchor);
  // The first motion names the move, unless a more specific one (deputizing, withdrawal) is also there;
  // a verb outranks a noun before it ("The request comes after 100 agents were redeployed").
  const byPosition = [...valid].sort((a, b) => a.anchor - b.anchor);
  const first = tokens[byPosition[0]!.anchor]!.pos === 'NOUN' ? byPosition.find((m) => /^(?:VERB|AUX)$/.test(tokens[m.anchor]!.pos)) ?? byPosition[0]! : byPosition[0]!;
  const best = RANK[valid[0]!.value] <= RANK.withdraw ? valid[0]! : first;
  let action: Action = best.value;
  const date = dateFor(tokens, seg, x.dates, best.anchor);
  // "Agents are expected to begin fanning out across New Orleans on Wednesday", said on that Wednesday: the
  // day has come, it is no longer a plan. A plan keeps its own date only when that day is still ahead.
  const today = x.published && date?.withMotion && date.precision === 'day' && date.date <= x.published;
  if (action !== 'plan' && isPlanned(tokens, clause, best.anchor) && !today) action = 'plan';
  // "DHS is tapping other agencies ... to assist ICE": who recruits does not move; the recruited do.
  const recruiting = lexicons().roles.recruiting.startingAt(tokens, best.anchor).length > 0;
  const segAgencies = inSeg(agencies).filter((a) => !(recruiting && a.role === 'mover' && a.end <= best.anchor && inSeg(agencies).some((b) => b.start > best.anchor && b.role === 'mover')));
  const movers = segAgencies.filter((a) => a.role === 'mover');
  // Without a moving agency, who speaks for one or commands one stands in, unless the people are left to name
  // by the sentence before or the article ("the Pentagon withdrew roughly 2,000 troops": Guard troops, there).
  const unnamedPeople = forces.some((f) => f.kind !== 'agency' && f.start >= seg.start && f.end <= seg.end);
  const fallback = segAgencies.filter((a) => a.role === 'speaker' || a.role === 'title' || (a.role === 'command' && !unnamedPeople));
  const agencyIds = (list: AgencyMention[]) => [...new Set(list.flatMap((a) => a.ids))];
  let ids = movers.length ? agencyIds(movers) : agencyIds(fallback);
  // "DHS is shaking up ICE leadership, replacing 12 field office directors": the leaders replaced are those
  // of the agency named as the leadership, not of the one replacing them.
  const leaders = segAgencies.filter((a) => a.role === 'title');
  const namesLeaders = tokens.slice(best.anchor + 1, best.end).some((_t, i) => lex.roles.title.startingAt(tokens, best.anchor + 1 + i).length > 0);
  if (leaders.length && namesLeaders) ids = agencyIds(leaders);
  // ICE's "special agents" are those of its investigations arm, HSI (ICE's own usage).
  if (ids.includes('ICE') && !ids.includes('HSI') && /\bspecial agents?\b/i.test(tokens.slice(seg.start, seg.end).map((t) => t.text).join(' '))) ids = [...ids, 'HSI'];
  const deputizing = best.value === 'deputize';
  // Immigration agencies deputize others; they are never the ones given immigration authority.
  if (deputizing) {
    ids = ids.filter((id) => !IMMIGRATION.has(id));
    // "letting several Justice Department components exercise the powers of an immigration officer": the
    // department whose components are given the powers.
    if (!ids.length) ids = agencyIds(segAgencies.filter((a) => a.role === 'institution')).filter((id) => !IMMIGRATION.has(id));
    const people = forces.some((f) => f.kind !== 'agency' && f.start >= seg.start && f.end <= seg.end);
    if (!ids.length && !people) return [];
  }
  // "Texas National Guard troops arrived in Illinois": the state before a unit's name is its home, not where it goes.
  // So is a place before the people it describes ("Sacramento officials said", "Chicago police").
  const people = lexicons().people;
  const describesPeople = (k: number) => Boolean(tokens[k] && (people.person.has(tokens[k]!.lemma) || /^(?:police|residents?|leaders?|mayor|governor)$/.test(tokens[k]!.lower)));
  const segPlaces = inSeg(places).filter((p) => !agencies.some((a) => a.start === p.end) && !describesPeople(p.end));
  // "Two hundred members of the Oregon National Guard are being deployed": a state's Guard sent nowhere named serves in its state.
  const home = inSeg(places).filter((p) => stateCode(p.name) !== null && !/,/.test(p.name) && agencies.some((a) => a.start === p.end && a.ids.includes('NATIONAL_GUARD'))).map((p) => p.name);
  const to = segPlaces.filter((p) => p.role === 'to' || (p.role === 'none' && segPlaces.every((q) => q.role !== 'to') && isBeside(p, best.anchor)));
  const firstForce = forces.find((f) => f.start >= seg.start && f.end <= seg.end);
  const firstForceAt = firstForce?.start ?? seg.start;
  // "A Republican from North Carolina said 25 agents were sent": an origin counts beside the people or the motion.
  const from = segPlaces.filter((p) => p.role === 'from' && (p.start > firstForceAt || Math.abs(p.start - best.anchor) <= 6));
  const text = tokens.slice(seg.start, seg.end);
  const segCounts = inSeg(counts);
  // What points back is the word before the people themselves ("the agents", "those troops"), not before an agency.
  const firstPeople = forces.find((f) => f.kind !== 'agency' && f.start >= seg.start && f.end <= seg.end);
  const before = firstPeople ? tokens[firstPeople.start - 1]?.lower ?? '' : '';
  const base: Mention = {
    sentence: s.index,
    paragraph: s.paragraph,
    text: s.text,
    action: redeployed(action, ids.includes('NATIONAL_GUARD') ? from.filter((p) => !stateCode(p.name)) : from),
    motion: best.value,
    agencies: ids,
    agencySource: movers.length ? 'named' : ids.length ? 'institution' : 'none',
    personnel: null,
    qualifier: null,
    personnelText: null,
    // "more Border Patrol reinforcements were dispatched": a named force that comes on top of one told before.
    additional: movers.length > 0 && /^(?:more|additional)$/.test(tokens[Math.min(movers[0]!.start, firstPeople?.start ?? Infinity) - 1]?.lower ?? ''),
    places: [...new Set(to.map((p) => p.name))],
    origins: [...new Set(from.map((p) => p.name))],
    home: [...new Set(home)],
    // "Separately, CBP officers were assigned": its own move, whatever it shares with the one before.
    separate: lex.cues.separate.startingAt(tokens, 0).length > 0 || (tokens[0]?.pos === 'CCONJ' && lex.cues.separate.startingAt(tokens, 1).length > 0),
    placesNear: !to.some((p) => p.role === 'to'),
    arrival: seg.motions.some((m) => lex.cues.arrival.startingAt(tokens, m.anchor).length > 0),
    described: lex.places.described.scan(text).length > 0,
    date,
    // An operation named in the sentence belongs to the segment that names it, or to the sentence's only segment.
    // "Operation Patriot ... involved ICE teams from several states, as well as support from the FBI": an
    // operation the sentence opens with, before any move, is the operation of every move it tells.
    operations: x.operations.filter((o) => x.whole || (o.index >= tokens[seg.start]!.start - s.start && o.index < tokens[seg.end - 1]!.end - s.start) || o.index < tokens[x.firstMotion]!.start - s.start).map((o) => o.name),
    // "The Marines are part of the 700 troops mobilized by Hegseth": a move told only by a participle that
    // describes the people is one they made before the news.
    background: isBackground(tokens, { start: seg.start, end: seg.end }) || seg.motions.every((m) => describing(m)),
    refersBack: !movers.length && (segAgencies.some((a) => a.role === 'command') || x.pronounForce || AGENCY_BACK.test(text.map((t) => t.lower).join(' ')) || BACK.test(before) || /^(?:they|them|then)$/.test(tokens[clause.start]?.lower ?? '') || /^(?:they|them)$/.test(firstForce ? tokens[firstForce.start]!.lower : '')),
    sentenceAgencies: x.sentenceAgencies,
    commanded: !movers.length && unnamedPeople ? agencyIds(segAgencies.filter((a) => a.role === 'command')) : [],
  };
  const withCount = (c: Pick<HeadCount, 'personnel' | 'qualifier' | 'text' | 'additional'> | undefined): Mention => (c ? { ...base, personnel: c.personnel, qualifier: c.personnel === null ? null : c.qualifier, personnelText: c.text, additional: c.additional } : base);
  const pairs = countPlacePairs(tokens, seg, counts, places);
  if (pairs.length) return pairs.map((p) => ({ ...withCount(p.count), places: [p.place.name] }));
  // "4,000 National Guard troops and 700 Marines": two forces, each with its count.
  const split = forceCounts(segCounts, segAgencies, tokens);
  if (split.length >= 2) return split.map(({ count, ids: own }) => ({ ...withCount(count), agencies: own, agencySource: own.length ? ('named' as const) : ('none' as const) }));
  // "Border Patrol agents from Big Bend and CBP officers from El Paso are assisting": each force with its own origin.
  const sourced = movers.map((a) => ({ a, origin: segPlaces.find((p) => p.role === 'from' && p.start > a.end && p.start - a.end <= 4) })).filter((v) => v.origin);
  if (sourced.length >= 2 && new Set(sourced.map((v) => v.a.ids.join())).size >= 2) {
    return sourced.map(({ a, origin }) => ({ ...base, agencies: [...a.ids], origins: [origin!.name], action: redeployed(action, [origin!]) }));
  }
  // Deputizing is agency by agency: "DHS has deputized IRS employees, Justice Department components and Texas officials".
  if (deputizing && ids.length > 1) {
    const families = new Map<string, AgencyId[]>();
    for (const id of ids) families.set(familyOf(id), [...(families.get(familyOf(id)) ?? []), id]);
    if (families.size > 1) return [...families.values()].map((group) => ({ ...base, agencies: group }));
  }
  const total = segCounts.find((c) => c.total && c.personnel !== null);
  return [withCount(total ?? segCounts.find((c) => c.personnel !== null) ?? segCounts[0])];
}

/** The department an agency belongs to, for telling deputizations apart. */
function familyOf(id: AgencyId): string {
  return lineage(id).at(-1)!;
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
  // "a new memo sent by the secretary": a participle right after what it describes moves that.
  const before = tokens[anchor - 1];
  if (before && (before.pos === 'NOUN' || before.pos === 'PROPN') && not.has(before.lemma) && /(?:ed|en|t)$/.test(tokens[anchor]!.lower)) return true;
  // The subject: when no people stand before the motion in its clause, the nearest noun before it.
  if (forces.some((f) => f.start >= clause.start && f.start < anchor)) return false;
  for (let k = anchor - 1; k >= Math.max(clause.start, anchor - 6); k--) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && not.has(t.lemma)) return true;
    if (t.pos === 'PUNCT' && t.text !== '-') break;
  }
  return false;
}
