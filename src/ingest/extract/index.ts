import type { ArticleEventInput } from '../../schema/event.ts';
import { findOperations, pointsAtOperation } from './operations.ts';
import { analyze } from './nlp.ts';
import { candidateRanges } from './candidates.ts';
import { lexicons } from './lexicons.ts';
import { mentionsIn } from './mentions.ts';
import { assemble, datedByArticle } from './assemble.ts';
import { citiesPinned, findPlaces } from './places.ts';
import { referenceFor, statedDate } from './context.ts';
import { findAgencies } from './agencies.ts';
import { findDates } from './dates.ts';
import { lineage, related, type AgencyId } from '../../data/agency-tree.ts';
import type { Sentence } from './nlp.ts';
import type { Mention } from './mentions.ts';
import type { KnownCities } from './places.ts';
import type { Reference } from './context.ts';

export interface ExtractContext {
  /** Publication day, YYYY-MM-DD, when known: relative dates resolve against it. */
  published: string | null;
  /** Publication window the text bounds, when the day is unknown (not used to date events: a window is no day). */
  window: [string, string] | null;
  /** Text the cleaning set aside (photo captions, datelines): it dates an undated article, it states no events. */
  asides?: readonly string[];
}

// Where the article ends and other stories' teasers or the comment section begin.
const END_OF_ARTICLE = /^(?:You May Also Like|Related(?: Coverage| Stories| Articles| Content)?|Read More|More (?:from|Stories)\b.*|Recommended(?: for you)?|Leave a Reply|Comments?|Most Popular|Trending(?: Now)?|Also Read|See also)\s*:?$/i;

// More events than this in one article means a list or table, not prose reporting; the extractor stops there.
export const MAX_EVENTS = 200;

/** The city of a dateline that opens the sentence ("PORTLAND, Ore. —", "CHICAGO (AP) —"), if any. */
function datelineCity(s: Sentence, known: KnownCities): string | null {
  const dash = s.tokens.findIndex((t) => /^(?:—|–|--)$/.test(t.text));
  if (dash < 1 || dash > 8) return null;
  const head = s.tokens.slice(0, dash);
  // A dateline is set in capitals up to the state or the outlet in brackets.
  if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(head[0]!.text)) return null;
  const city = findPlaces(head, known).find((p) => /, [A-Z]{2}$/.test(p.name));
  return city?.name ?? null;
}

// A sentence that points back at the one before: "The memo gave ...", "These employees ...".
const POINTS_BACK = /^["“]?(?:The|This|That|These|Those|It|They|Such|Its|Their)\b/;

/** A move that names no date or agency takes them from the sentence before, when that one states no move itself. */
function borrowFromSentenceBefore(mentions: Mention[], sentences: Sentence[], reference: Reference | null): void {
  const moving = new Set(mentions.map((m) => m.sentence));
  for (const m of mentions) {
    const i = m.sentence - 1;
    if (i < 0 || moving.has(i) || !POINTS_BACK.test(sentences[m.sentence]!.text.trim())) continue;
    const before = sentences[i]!;
    if (!m.agencies.length) {
      const ids = [...new Set(findAgencies(before.tokens).filter((a) => a.role !== 'helped').flatMap((a) => a.ids))];
      if (ids.length) {
        m.agencies = ids;
        m.agencySource = 'borrowed';
      }
    }
    // Not when its own sentence writes a date, even one its move did not take ("came on August 12th, directing ...").
    if (!m.date && !findDates(sentences[m.sentence]!.text, reference).length) m.date = findDates(before.text, reference)[0] ?? null;
  }
}

/** The agency most of an article's moving people belong to, if one family has most of them (named twice at least). */
function dominantAgency(sentences: Sentence[]): AgencyId | null {
  const counts = new Map<AgencyId, number>();
  const families = new Map<string, number>();
  let total = 0;
  for (const s of sentences) {
    for (const a of findAgencies(s.tokens)) {
      if (a.role !== 'mover') continue;
      for (const id of a.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      const family = lineage(a.ids[0]!).at(-1)!;
      families.set(family, (families.get(family) ?? 0) + 1);
      total++;
    }
  }
  const [family, n] = [...families].sort((x, y) => y[1] - x[1])[0] ?? [null, 0];
  // One family named twice and three times in four, or the only one named at all.
  if (!family || (n < 2 && families.size > 1) || n < 0.75 * total) return null;
  return [...counts].filter(([id]) => lineage(id).at(-1) === family).sort((x, y) => y[1] - x[1])[0]![0];
}

/**
 * "ICE is deploying 500 agents in 10 sanctuary cities." followed by "Boston, New York, Detroit ... are
 * among the cities": a move to cities or states it does not name takes the list that follows it.
 */
function attachPlaceLists(events: ArticleEventInput[], sentences: Sentence[], known: KnownCities, moving: Set<number>): void {
  for (const e of events) {
    if (e.places?.length || !/\b(?:cities|states|jurisdictions|locations)\b/i.test(e.evidence)) continue;
    const at = sentences.findIndex((s) => s.text === e.evidence);
    for (let k = at + 1; k > 0 && k <= at + 6 && k < sentences.length; k++) {
      if (moving.has(k)) continue;
      const list = [...new Set(findPlaces(sentences[k]!.tokens, known).map((p) => p.name))].filter((p) => !/border$/.test(p));
      if (list.length >= 3) {
        e.places = list;
        break;
      }
    }
  }
}

/** The place name places.txt gives "the border" until the article says which. */
const BORDER = 'border';

function articleBorder(text: string): string {
  const north = text.match(/\b(?:northern|Canad(?:a|ian)|Quebec)\b/g)?.length ?? 0;
  const south = text.match(/\b(?:southern|south(?:west(?:ern)?)?|Mexic(?:o|an))\b/gi)?.length ?? 0;
  return north > south ? 'US-Canada border' : 'US-Mexico border';
}

/** The city an article is about: the one it names most, at least twice, and a third of the times it names a city or over twice any other. */
function focusCity(places: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (/, [A-Z]{2}$/.test(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  // An article that names ten cities once each and one of them twice is about no one city; one that names
  // Chicago six times and five Texas cities twice is about Chicago.
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  return best && best[1] >= 2 && (best[1] * 3 >= all || best[1] > 2 * (second?.[1] ?? 0)) ? best[0] : null;
}

/**
 * "The intensified operation, called Operation Palladium, began last month": an operation the article
 * names outside the sentences of its moves is the operation of the move told nearest to where it is named
 * (when that move names none, and the sentence names no unrelated agency). Measured on the dev passages:
 * 13 of 24 gold operations found (7 before), 2 given to a move gold leaves without one; giving it to every
 * move after it found 14 but misplaced 8.
 */
function attachOperations(events: ArticleEventInput[], text: string): void {
  const named: Array<{ name: string; at: number; paragraph: string; index: number }> = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    for (const o of findOperations(paragraph)) named.push({ name: o.name, at: offset + o.index, paragraph, index: o.index });
    offset += paragraph.length + 1;
  }
  if (!named.length) return;
  // Each sentence looked for after the one before (events come in text order), from the top only if not there:
  // one pass over a long text, not one per event.
  let from = 0;
  const at = events.map((e) => {
    let k = text.indexOf(e.evidence, from);
    if (k < 0) k = text.indexOf(e.evidence);
    if (k >= 0) from = k;
    return k;
  });
  // How far a move's sentence is from a place in the text: 0 inside it.
  const away = (i: number, pos: number) => (pos < at[i]! ? at[i]! - pos : Math.max(0, pos - (at[i]! + events[i]!.evidence.length)));
  for (const o of named) {
    const told = events.map((_e, i) => i).filter((i) => at[i]! >= 0);
    // Named in a move's own sentence: the mentions gave it to the move it belongs to, if any.
    if (told.some((i) => away(i, o.at) === 0)) continue;
    const best = told.sort((a, b) => away(a, o.at) - away(b, o.at))[0];
    if (best === undefined || events[best]!.operation) continue;
    // "ICE has arrested 1,000 people since Operation Midway Blitz began": another agency's operation.
    const sentence = analyze(o.paragraph).find((x) => x.start <= o.index && o.index < x.start + x.text.length);
    const theirs = sentence ? findAgencies(sentence.tokens).flatMap((a) => a.ids).filter((id) => id !== 'DHS') : [];
    if (theirs.length && !related(theirs, events[best]!.agencies)) continue;
    events[best]!.operation = o.name;
  }
}

/**
 * "Since the operation's launch in Chicago on July 22, 2020": in an article that gives no publication
 * day, the moves of an operation that their own sentences leave undated are dated by the day the text
 * says the operation began (rather than by the month of the article's earliest date).
 */
function datedByLaunch(events: ArticleEventInput[], sentences: () => Sentence[], reference: Reference | null): void {
  const open = new Set(events.filter((e) => e.operation && datedByArticle.has(e)).map((e) => e.operation!));
  if (!open.size) return;
  const launch = lexicons().cues.launch;
  for (const s of sentences()) {
    if (!launch.scan(s.tokens).length) continue;
    const day = findDates(s.text, reference).find((d) => d.precision === 'day');
    if (!day) continue;
    const named = findOperations(s.text).map((o) => o.name);
    const op = named.find((n) => open.has(n)) ?? (!named.length && open.size === 1 && pointsAtOperation(s.text) ? [...open][0]! : null);
    if (!op) continue;
    for (const e of events) {
      if (e.operation !== op || !datedByArticle.has(e)) continue;
      e.date = day.date;
      e.date_precision = 'day';
    }
    open.delete(op);
  }
}

/**
 * "Federal agents assigned to Operation Legend in Kansas City have left the city. More than 200 federal
 * agents were sent to Kansas City ...": a move to the place an article's withdrawal leaves came before
 * that withdrawal; when its own sentences do not date it, the article's date is not its date either.
 */
function undateMovesEnded(events: ArticleEventInput[]): void {
  const left = events.filter((w) => w.action === 'withdraw' && !datedByArticle.has(w)).flatMap((w) => w.places ?? []);
  if (!left.length) return;
  for (const e of events) {
    if (!['deploy', 'redeploy', 'surge'].includes(e.action) || !datedByArticle.has(e) || !(e.places ?? []).some((p) => left.includes(p))) continue;
    e.date = null;
    e.date_precision = null;
  }
}

/** The redeployment events an article states, one per move, in text order. */
export function extractEvents(body: string, ctx: ExtractContext): ArticleEventInput[] {
  const lines = body.split('\n');
  const end = lines.findIndex((l) => END_OF_ARTICLE.test(l.trim()));
  const text = end >= 0 ? lines.slice(0, end).join('\n') : body;
  const ranges = candidateRanges(text);
  const sentences = analyze(text, ranges);
  // The whole text's analysis, for what is read beyond the candidates: once, and none when all was read.
  let whole: Sentence[] | null = null;
  const all = ranges.length === 1 && ranges[0]!.start === 0 && ranges[0]!.end === text.length;
  const wholeText = () => (whole ??= all ? sentences : analyze(text));
  // "ATF is deployed and serving 9,000 async tasks": outside enforcement, nothing here is a redeployment.
  const named = (s: Sentence) => findAgencies(s.tokens).some((a) => !a.ids.includes('DHS') && s.tokens.slice(a.start, a.end).some((t) => /\p{Ll}/u.test(t.text)));
  if (!sentences.some((s) => lexicons().cues.domain.scan(s.tokens).length || named(s))) return [];
  const lastEnd = text.trimEnd().length;
  const known = citiesPinned(sentences);
  const context = [text, ...(ctx.asides ?? [])].join('\n\n');
  const reference = referenceFor(context, ctx.published);
  const mentions = sentences.flatMap((s) => mentionsIn(s, reference, known, s.start + s.text.length >= lastEnd));
  if (!mentions.length) return [];
  // "ELWOOD, Ill. (AP) — About 200 Guard troops arrived at an Army Reserve center": the dateline's city
  // is where an arrival its own sentence tells without a destination happened.
  for (const m of mentions) {
    if (!m.placesNear || !m.arrival) continue;
    const city = datelineCity(sentences[m.sentence]!, known);
    if (city && !m.places.includes(city)) m.places = [city, ...m.places];
  }
  // "The border" is the one the article is about: the northern one when it names Canada's more than Mexico's.
  const border = articleBorder(text);
  for (const m of mentions) {
    m.places = [...new Set(m.places.map((p) => (p === BORDER ? border : p)))];
    m.origins = [...new Set(m.origins.map((p) => (p === BORDER ? border : p)))];
  }
  // "Sent to the state capital": the city the article is about stands in, before any move is joined to another.
  const placesNamed = mentions.some((m) => !m.places.length) ? wholeText().flatMap((s) => findPlaces(s.tokens, known).map((p) => ({ name: p.name, at: s.tokens[p.start]!.start }))) : [];
  const focus = focusCity(placesNamed.map((p) => p.name));
  if (focus) for (const m of mentions) if (m.described && !m.places.length) m.places = [focus];
  // A move that names no place happened where the article is: the city it is about, when its opening names it.
  const lede = focus && placesNamed.some((p) => p.name === focus && p.at < 400) ? focus : null;
  // The agencies that the sentences just before a move name as moving: "Border Patrol agents will be in
  // Charlotte until Friday. Then, about 200 agents will move to New Orleans."
  const moversBefore = (i: number): AgencyId[] => {
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const ids = findAgencies(sentences[k]!.tokens).filter((a) => a.role === 'mover').flatMap((a) => a.ids);
      if (ids.length) return [...new Set(ids)];
    }
    return [];
  };
  // An undated article that writes out a full date is dated by it: statements without a date of their own take its month.
  const stated = ctx.published ? null : statedDate(context);
  borrowFromSentenceBefore(mentions, sentences, reference);
  // The dominant agency is counted over the whole text (the candidates alone may leave out the sentences
  // that name it), and only for an article with a move that names none.
  const events = assemble(mentions, { published: ctx.published, stated, focus, lede, dominant: () => dominantAgency(wholeText()) }, moversBefore);
  attachPlaceLists(events, sentences, known, new Set(mentions.map((m) => m.sentence)));
  attachOperations(events, text);
  if (!ctx.published) datedByLaunch(events, wholeText, reference);
  undateMovesEnded(events);
  return events
    .slice(0, MAX_EVENTS)
    // Moves before 2020 are history the article recalls, outside this record.
    .filter((e) => !e.date || Number(e.date.slice(0, 4)) >= 2020);
}
