import type { ArticleEventInput } from '../../schema/event.ts';
import { splitSentences } from './sentences.ts';
import { referenceFor, type Reference } from './context.ts';
import { agencyIds, findAgencies } from './agencies.ts';
import { related } from '../../data/agency-tree.ts';
import { findDates } from './dates.ts';
import { mentionsIn, type Mention } from './mentions.ts';
import { draftToEvent, groupMentions, type Draft } from './assemble.ts';
import { findCityList } from './places.ts';
import { findOperations } from './operations.ts';
import { focusPlace } from './focus.ts';

export interface ExtractContext {
  /** Publication day, YYYY-MM-DD, when known: relative dates resolve against it. */
  published: string | null;
  /** Publication window the text bounds, when the day is unknown. */
  window: [string, string] | null;
}

// Where the article ends and other stories' teasers or the comment section begin.
const END_OF_ARTICLE = /^(?:You May Also Like|Related(?: Coverage| Stories| Articles| Content)?|Read More|More (?:from|Stories)\b.*|Recommended(?: for you)?|Leave a Reply|Comments?|Most Popular|Trending(?: Now)?|Also Read|See also)\s*:?$/i;

// More events than this in one article means a list or table, not prose reporting; the extractor stops there.
export const MAX_EVENTS = 200;

/** The redeployment events an article states, one per action, in text order. */
export function extractEvents(body: string, ctx: ExtractContext): ArticleEventInput[] {
  const lines = body.split('\n');
  const end = lines.findIndex((l) => END_OF_ARTICLE.test(l.trim()));
  const text = end >= 0 ? lines.slice(0, end).join('\n') : body;
  const sentences = splitSentences(text);
  const ref = referenceFor(text, ctx.published, ctx.window);
  const named = sentences.map((s) => findAgencies(s.text).length > 0);
  const nearAgency = (i: number) => named.slice(Math.max(0, i - 4), i).some(Boolean);
  const mentions: Mention[] = sentences.flatMap((s, i) => mentionsIn(s, i, ref, nearAgency));
  resolveFromPreviousSentence(mentions, sentences.map((s) => s.text), ref);
  const drafts = groupMentions(mentions);
  attachCityLists(drafts, sentences.map((s) => s.text));
  attachOperations(drafts, sentences.map((s) => s.text));
  // The article's main city is looked for only when a move says "the city" and names none.
  const needsFocus = drafts.some((d) => d.mentions.some((m) => m.anaphoricPlace) && !d.mentions.some((m) => m.places.length));
  const focus = needsFocus ? focusPlace(text) : null;
  return drafts
    .slice(0, MAX_EVENTS)
    .map((d, i) => draftToEvent(d, `e${i + 1}`, { date: ctx.published, focusPlace: focus }))
    // Moves before 2020 are history the article recalls, outside this record.
    .filter((e) => !e.date || Number(e.date.slice(0, 4)) >= 2020);
}

/**
 * "These employees ... were notified ..." after "In early February, the USCIS ... emailed staff": a move
 * that names no agency or date takes them from the sentence just before, when that sentence states no move itself.
 */
function resolveFromPreviousSentence(mentions: Mention[], sentences: string[], ref: Reference): void {
  const moving = new Set(mentions.map((m) => m.sentence));
  for (const m of mentions) {
    const i = m.sentence - 1;
    // Only a sentence that points back ("The memo", "These employees", "It") borrows from the one before.
    if (i < 0 || moving.has(i) || !/^["“]?(?:The|This|That|These|Those|It|They|Such|Its|Their)\b/.test(sentences[m.sentence]!.trim())) continue;
    if (!m.agencies.length) m.agencies = agencyIds(findAgencies(sentences[i]!));
    if (!m.date) {
      const d = findDates(sentences[i]!.replace(/\bfinal\s+(week|month|year)\b(?!\s+of)/gi, 'last $1'), ref.day, ref.isPublication)[0];
      if (d) {
        m.date = d.date;
        m.precision = d.precision;
      }
    }
  }
}

/** "Boston, New York, Detroit ... are among the cities" gives the cities of the move just before that has none. */
function attachCityLists(drafts: Draft[], sentences: string[]): void {
  const waiting = drafts.filter((d) => !d.mentions.some((m) => m.places.length) && /\bcities\b/i.test(d.mentions.map((m) => m.text).join(' ')));
  if (!waiting.length) return;
  sentences.forEach((s, i) => {
    if ((s.match(/,/g)?.length ?? 0) < 2) return;
    const cities = findCityList(s);
    if (cities.length < 3) return;
    const target = [...drafts].reverse().find((d) => d.mentions[0]!.sentence < i && i - d.mentions[0]!.sentence <= 6 && !d.mentions.some((m) => m.places.length) && /\bcities\b/i.test(d.mentions.map((m) => m.text).join(' ')));
    if (target) target.mentions[0] = { ...target.mentions[0]!, places: cities };
  });
}

const COMMON = new Set(['month', 'after', 'with', 'their', 'that', 'this', 'will', 'from', 'have', 'were', 'said', 'last', 'week', 'year', 'which', 'been', 'they', 'would', 'into', 'officials', 'according', 'agents', 'officers']);

/** An operation named in its own sentence belongs to the move whose words it shares most. */
function attachOperations(drafts: Draft[], sentences: string[]): void {
  sentences.forEach((s, i) => {
    const ops = findOperations(s);
    if (!ops.length || drafts.some((d) => d.mentions.some((m) => m.sentence === i))) return;
    const stems = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 6)));
    const own = stems(s);
    let best: Draft | null = null;
    let score = 1;
    const named = agencyIds(findAgencies(s));
    for (const d of drafts) {
      if (d.mentions.some((m) => m.operations.length)) continue;
      // "ICE has arrested 1,000 people since Operation Midway Blitz began" is not about the Guard's move.
      if (named.length && !related(named, d.mentions.flatMap((m) => m.agencies))) continue;
      const theirs = stems(d.mentions.map((m) => m.text).join(' '));
      const shared = [...own].filter((w) => theirs.has(w)).length;
      if (shared > score) {
        score = shared;
        best = d;
      }
    }
    if (best) best.mentions[0] = { ...best.mentions[0]!, operations: ops };
  });
}
