// Mentions into article events: the same move told twice is one event; a move that names no agency
// takes the agencies of the move it points back to; each event gets its date by the annotation rules.
import type { Action, ArticleEventInput } from '../../schema/event.ts';
import type { AgencyId } from '../../data/agency-tree.ts';
import { DEPARTMENTS, lineage, related } from '../../data/agency-tree.ts';
import type { Mention } from './mentions.ts';

export interface AssembleContext {
  /** Publication day, YYYY-MM-DD, when known. */
  published: string | null;
  /** Without a publication day, the month of the earliest full date the article writes out. */
  stated: string | null;
  /** The city the article is about, for moves that name their place by description ("the city"). */
  focus: string | null;
  /** The city the article is about, when its opening names it. */
  lede?: string | null;
  /** The agency the article is about, when one dominates what it names: for moves that name none. */
  dominant: () => AgencyId | null;
}

// Actions that can tell one real move; a new duty, a plan, a deputization and a withdrawal are each their own kind.
const KIND: Record<Action, string> = { deploy: 'move', redeploy: 'move', surge: 'move', reassign: 'reassign', plan: 'plan', deputize: 'deputize', withdraw: 'withdraw' };
// How far apart (in sentences) a move without an agency may be from the move it points back to.
const BACK_REACH = 2;
// How many of the latest events of a kind a mention is compared with.
const RECENT = 64;

/**
 * An event being built from the mentions that tell it, with what the merging asks about it kept up to
 * date as mentions join, so that joining is constant work however long the article is.
 */
// A count of places, or many of them: "six states", "more than 25 cities", "several states".
const MANY_PLACES = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|many)\s+(?:other\s+|more\s+)?(?:U\.S\.\s+)?(?:states|cities)\b/i;

class Draft {
  mentions: Mention[] = [];
  agencies = new Set<AgencyId>();
  places = new Set<string>();
  sentences = new Set<number>();
  count: number | null = null;
  date: Mention['date'] = null;
  allBackground = true;
  noneBackground = true;
  /** Some mention sums up moves to many places ("six states"). */
  manyPlaces = false;
  last = -1;

  constructor(m: Mention) {
    this.add(m);
  }

  get head(): Mention {
    return this.mentions[0]!;
  }

  add(m: Mention): void {
    this.mentions.push(m);
    for (const a of m.agencies) this.agencies.add(a);
    for (const p of m.places) this.places.add(p);
    // A bare clause (no count, place or date) that joined does not keep the other clauses of its sentence
    // out: "DHS launched the operation, deploying about 250 agents in New Orleans" retells both halves.
    if (m.personnel !== null || m.places.length || m.date || this.mentions.length === 1) this.sentences.add(m.sentence);
    this.count ??= m.personnel;
    this.date ??= m.date;
    this.allBackground &&= m.background;
    this.noneBackground &&= !m.background;
    this.manyPlaces ||= MANY_PLACES.test(m.text);
    this.last = Math.max(this.last, m.sentence);
  }
}

const agenciesOf = (d: Draft) => [...new Set(d.mentions.flatMap((m) => m.agencies))];
const placesOf = (d: Draft) => [...new Set(d.mentions.flatMap((m) => m.places))];
const dateOf = (d: Draft) => d.mentions.find((m) => m.date)?.date ?? null;

function sameMonth(a: string, b: string): boolean {
  return a.slice(0, 7) === b.slice(0, 7) || ((a.length === 4 || b.length === 4) && a.slice(0, 4) === b.slice(0, 4));
}

function compatible(d: Draft, m: Mention, pubMonth: string | null): boolean {
  const head = d.head;
  // A move that names no agency may retell a move as planned or done ("some 100 agents will be sent").
  // Not a plan dated to another day: "Trump had announced on Saturday that he would send troops" is its own event.
  const retold = m.action === 'plan' && KIND[head.action] === 'move' && (!m.date || m.date.date === d.date?.date);
  const sameKind = m.agencies.length ? KIND[head.action] === KIND[m.action] : KIND[head.action] === KIND[m.action] || retold;
  if (!sameKind || KIND[head.motion] !== KIND[m.motion] || m.additional || m.separate) return false;
  // Two moves of one sentence were told apart on purpose (two clauses, two counts, two places).
  if (d.sentences.has(m.sentence)) return false;
  // A move the article recalls ("similar to one last summer in Los Angeles") does not lend its place to the news.
  if (m.background && m.places.length && !d.places.size && !d.allBackground) return false;
  const theirs = [...d.agencies];
  if (m.agencies.length && theirs.length) {
    if (!related(theirs, m.agencies)) return false;
  } else if (m.agencies.length && !theirs.length) return false;
  // "At least six states have activated Guard units" sums up moves to many places: the move to one of them is its own.
  if (!d.places.size && (m.places.length || m.home.length) === 1 && d.manyPlaces && !MANY_PLACES.test(m.text)) return false;
  // Places must be the same: a summary of three cities is not the move to one of them. A move that
  // names no agency joins on a shared place.
  if (d.places.size && m.places.length) {
    if (m.agencySource === 'named' ? d.places.size !== m.places.length || !m.places.every((p) => d.places.has(p)) : !m.places.some((p) => d.places.has(p))) return false;
  }
  const n = d.count;
  if (n !== null && m.personnel !== null && Math.abs(n - m.personnel) > 0.1 * Math.max(n, m.personnel)) return false;
  // An undated statement in a dated article tells the news of its day: it is not a move it recalls in June.
  const date = d.date?.date ?? (pubMonth && d.noneBackground ? pubMonth : null);
  const theirsDate = effectiveDate(m.date?.date ?? null, [m], pubMonth);
  if (date && theirsDate && !sameMonth(date, theirsDate)) return false;
  // Two named moves on days more than a few days apart are two moves ("sent 300 agents on March 3 ... 40 more on March 19").
  if (m.agencySource === 'named' && date?.length === 10 && theirsDate?.length === 10 && Math.abs(Date.parse(date) - Date.parse(theirsDate)) > 3 * 86_400_000) return false;
  return true;
}

function effectiveDate(date: string | null, mentions: Mention[], pubMonth: string | null): string | null {
  return date ?? (pubMonth && mentions.every((m) => !m.background) ? pubMonth : null);
}

/** Agencies for moves that name none but point back ("they", "the agents"), or share a sentence with one that does. */
function borrowAgencies(mentions: Mention[], moversBefore: (sentence: number) => AgencyId[]): void {
  mentions.forEach((m, i) => {
    if (m.agencies.length) return;
    // Another clause of the same sentence names them: "Barr directed agents from the FBI ...; 25 agents will go to Cleveland".
    let ids = m.sentenceAgencies;
    if (!ids.length && m.refersBack) {
      let before: Mention | undefined;
      for (let k = i - 1; k >= 0 && m.sentence - mentions[k]!.sentence <= BACK_REACH; k--) {
        if (mentions[k]!.agencies.length) {
          before = mentions[k];
          break;
        }
      }
      // "deployed 4,000 Guard troops and 700 Marines ... the Pentagon withdrew 2,000 troops": all that sentence moved.
      ids = before ? [...new Set(mentions.filter((x) => x.sentence === before!.sentence && x.agencies.length).flatMap((x) => x.agencies))] : moversBefore(m.sentence);
      // "The department is also considering ...": the department named before, not every unit it sent.
      if (/\bthe department\b/i.test(m.text)) ids = ids.filter((id) => id === 'DHS' || id === 'DOJ').length ? ids.filter((id) => id === 'DHS' || id === 'DOJ') : ids;
    }
    // Troops the Pentagon moves, named by no sentence around: its own.
    if (!ids.length) ids = m.commanded;
    if (ids.length) {
      m.agencies = [...ids];
      m.agencySource = 'borrowed';
    }
  });
}

/** A summary clause ("Barr directed agents from the FBI ... to join") beside the clauses that give each count and place says nothing more. */
function dropRestatedInSentence(mentions: Mention[]): Mention[] {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  return mentions.filter((m) => {
    if (m.personnel !== null || m.places.length) return true;
    // "ICE deployed 19 teams across Massachusetts and brought in teams from other parts of the country":
    // people brought from elsewhere are a move of their own, even where the origin is no named place.
    const from = (x: Mention) => x.action === 'redeploy';
    return !bySentence.get(m.sentence)!.some((x) => x !== m && (x.personnel !== null || x.places.length) && KIND[x.action] === KIND[m.action] && from(x) === from(m) && (!m.agencies.length || related(x.agencies, m.agencies)));
  });
}

/**
 * A new duty taken up away from a named post is a move from one post to another: "agents shifted from the
 * northern border to help", "Border Patrol agents from Big Bend are assisting in El Paso". Officers of the
 * El Paso field office assisting in El Paso keep their place and only change duty.
 */
function movedFrom(action: Action, d: Draft, places: string[]): Action {
  return action === 'reassign' && d.mentions.some((m) => m.origins.some((o) => !places.includes(o))) ? 'redeploy' : action;
}

function originOf(d: Draft, places: string[]): string | null {
  const named = d.mentions.flatMap((m) => m.origins).find((o) => !places.includes(o));
  if (named) return named;
  const text = d.mentions.map((m) => m.text).join(' ');
  if (/\b(?:from|off|behind)\s+(?:their\s+)?desks?\b|\bdesk\s+(?:duty|duties|work|jobs)|\badministrative\s+roles/i.test(text)) return 'desk duty';
  if (/\bfrom\s+(?:\w+\s+){0,3}ports?\s+of\s+entry\b/i.test(text)) return 'ports of entry';
  return null;
}

/** Events whose date is the article's (its publication day or month, or its stated month), not one their own sentences give. */
export const datedByArticle = new WeakSet<ArticleEventInput>();

function toEvent(d: Draft, key: string, ctx: AssembleContext, bySentence: ReadonlyMap<number, Mention[]> = new Map()): ArticleEventInput {
  // The move is told by its first mention that names the agency itself; the others add to it.
  const first = d.mentions.find((m) => m.agencySource === 'named') ?? d.mentions[0]!;
  // A date the agency's own statement gives outranks one from a mention that joined it without an agency.
  // A mention that joined without naming an agency retells the move; its date may be the retelling's.
  const date = d.mentions.find((m) => m.date && m.agencies.length && m.agencySource !== 'article')?.date ?? (d.mentions.some((m) => m.agencies.length && m.agencySource !== 'article') ? null : dateOf(d));
  const counted = d.mentions.find((m) => m.personnel !== null) ?? d.mentions.find((m) => m.personnelText);
  const places = placesOf(d);
  // Troops pulled out "from Los Angeles": the place they leave is where the withdrawal happens.
  if (!places.length && first.action === 'withdraw') places.push(...new Set(d.mentions.flatMap((m) => m.origins)));
  if (!places.length) places.push(...new Set(d.mentions.flatMap((m) => m.home)));
  if (!places.length && ctx.focus && d.mentions.some((m) => m.described)) places.push(ctx.focus);
  else if (!places.length && ctx.lede) places.push(ctx.lede);
  // An undated statement is dated by the article: a plan or request to its day, anything else to its
  // month; a move the article only recalls stays undated.
  const recalled = d.mentions.every((m) => m.background);
  // "... according to a Thursday release. Other troops will be deployed to Texas": a plan is dated when it
  // was made, and the sentence before, in its paragraph, says when that was.
  const announced = first.action === 'plan' ? bySentence.get(first.sentence - 1)?.find((m) => m.paragraph === first.paragraph && m.date?.precision === 'day' && !m.date.withMotion)?.date : undefined;
  const fallback = recalled ? null : announced ? { date: announced.date, precision: 'day' as const } : ctx.published ? (first.action === 'plan' ? { date: ctx.published, precision: 'day' as const } : { date: ctx.published.slice(0, 7), precision: 'month' as const }) : ctx.stated ? { date: ctx.stated, precision: 'month' as const } : null;
  const when = date ? { date: date.date, precision: date.precision } : fallback;
  const agencies: AgencyId[] = agenciesOf(d);
  const confidence = 0.45 + (date ? 0.15 : 0) + (counted?.personnel ? 0.1 : 0) + (places.length ? 0.1 : 0) + (d.mentions.length > 1 ? 0.1 : 0) + (first.agencySource === 'named' ? 0.05 : -0.1);
  const event: ArticleEventInput = {
    key,
    date: when?.date ?? null,
    date_precision: when?.precision ?? null,
    agencies,
    action: movedFrom(first.action, d, places),
    personnel: counted?.personnel ?? null,
    personnel_qualifier: counted?.personnel != null ? counted.qualifier : null,
    personnel_text: counted?.personnelText ?? null,
    places,
    origin: originOf(d, places),
    operation: d.mentions.flatMap((m) => m.operations)[0] ?? null,
    evidence: first.text,
    confidence: Math.round(Math.min(0.95, Math.max(0.2, confidence)) * 100) / 100,
  };
  if (!date && when) datedByArticle.add(event);
  return event;
}

/** The article's events from its mentions, in text order. */
export function assemble(all: Mention[], ctx: AssembleContext, moversBefore: (sentence: number) => AgencyId[] = () => []): ArticleEventInput[] {
  borrowAgencies(all, moversBefore);
  const pubMonth = ctx.published?.slice(0, 7) ?? null;
  const mentions = dropRestatedInSentence(all);
  const drafts: Draft[] = [];
  // A mention is compared with the most recent events of its kind only: an article with thousands of
  // moves (a list, a table) costs no more per move than one with three.
  const recent = new Map<string, Draft[]>();
  const kindKey = (m: Mention) => `${KIND[m.action]}/${KIND[m.motion]}`;
  const candidates = (m: Mention) => {
    const keys = [kindKey(m), ...(m.agencies.length || m.action !== 'plan' ? [] : [`move/${KIND[m.motion]}`])];
    return keys.flatMap((k) => recent.get(k) ?? []);
  };
  const open = (m: Mention) => {
    const d = new Draft(m);
    drafts.push(d);
    const list = recent.get(kindKey(m)) ?? [];
    list.push(d);
    if (list.length > RECENT) list.shift();
    recent.set(kindKey(m), list);
  };
  for (const m of mentions.filter((x) => x.agencies.length)) {
    const d = candidates(m).find((x) => compatible(x, m, pubMonth));
    if (d) d.add(m);
    else open(m);
  }
  // A move that names no agency ("immigration agents have been deployed") is most often the article
  // retelling a move it names elsewhere: it joins the nearest such event that fits, else stands alone.
  for (const m of mentions.filter((x) => !x.agencies.length)) {
    // A retold plan ("some 100 agents will be sent") belongs first to the move it retells, then to the nearest.
    const fits = candidates(m).filter((x) => compatible(x, m, pubMonth)).sort((a, b) => Number(m.action === 'plan' && a.head.action === 'plan') - Number(m.action === 'plan' && b.head.action === 'plan') || distance(a, m) - distance(b, m));
    if (fits[0]) fits[0].add(m);
    else open(m);
  }
  // What still names no agency is the article's own agency, when one dominates it.
  const dominant = drafts.some((d) => !agenciesOf(d).length) ? ctx.dominant() : null;
  for (const d of drafts) {
    if (!dominant || agenciesOf(d).length) continue;
    for (const m of d.mentions) {
      m.agencies = [dominant];
      m.agencySource = 'article';
    }
  }
  for (const d of drafts) d.mentions.sort((a, b) => a.sentence - b.sentence);
  const holding = new Map<AgencyId, number>();
  for (const d of drafts) for (const id of new Set(d.mentions.flatMap((m) => m.agencies))) holding.set(id, (holding.get(id) ?? 0) + 1);
  drafts.sort((a, b) => a.mentions[0]!.sentence - b.mentions[0]!.sentence);
  const kept = drafts.filter((d, i) => !isSummary(d, holding) && !isLead(d, drafts[i + 1]));
  drafts.length = 0;
  drafts.push(...kept);
  drafts.sort((a, b) => a.mentions[0]!.sentence - b.mentions[0]!.sentence);
  const bySentence = new Map<number, Mention[]>();
  for (const m of all) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return drafts.map((d, i) => toEvent(d, `e${i + 1}`, ctx, bySentence));
}

/**
 * "DHS is tapping other agencies, from the Marshals Service to the IRS, to assist ICE": a statement with
 * no date, count or place of its own, naming several agencies that other events of the article each
 * tell in detail, is the article's summary of them, not a move of its own.
 */
function isSummary(d: Draft, holding: Map<AgencyId, number>): boolean {
  const ids = agenciesOf(d);
  if (ids.length < 2 || d.mentions.some((m) => m.date || m.personnel !== null || m.places.length)) return false;
  // Every agency it names is named by another event too.
  return ids.every((id) => (holding.get(id) ?? 0) > 1);
}

/**
 * "The administration is redirecting agents from a Border Patrol unit to help ramp up arrests" then "Members
 * of the Border Patrol Tactical Unit are deploying to Chicago and New York": a bare statement (no date, count
 * or place) that the very next event tells in detail, of the same agencies, is the article's lead for it.
 * Not a department's statement ("DHS is deploying federal workers"): it may speak of more than the next move.
 */
function isLead(d: Draft, next: Draft | undefined): boolean {
  if (!next || d.mentions.some((m) => m.date || m.personnel !== null || m.places.length)) return false;
  const kinds = new Set(['move', 'reassign']);
  if (!kinds.has(KIND[d.head.action]) || !kinds.has(KIND[next.head.action])) return false;
  if (!next.mentions.some((m) => m.places.length || m.personnel !== null)) return false;
  if (next.mentions[0]!.sentence - d.mentions[d.mentions.length - 1]!.sentence > 2) return false;
  const ids = agenciesOf(d);
  const theirs = agenciesOf(next);
  return ids.length > 0 && ids.every((id) => !DEPARTMENTS.has(id) && id !== 'OTHER' && theirs.some((t) => lineage(t).includes(id)));
}

function distance(d: Draft, m: Mention): number {
  return Math.min(...d.mentions.map((x) => Math.abs(x.sentence - m.sentence)));
}
