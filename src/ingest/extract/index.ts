import type { ArticleEventInput } from '../../schema/event.ts';
import { analyze } from './nlp.ts';
import { mentionsIn } from './mentions.ts';
import { assemble } from './assemble.ts';
import { citiesPinned, findPlaces } from './places.ts';
import { parseDay } from './dates.ts';
import { findAgencies } from './agencies.ts';
import type { AgencyId } from '../../data/agency-tree.ts';

export interface ExtractContext {
  /** Publication day, YYYY-MM-DD, when known: relative dates resolve against it. */
  published: string | null;
  /** Publication window the text bounds, when the day is unknown (not used to date events: a window is no day). */
  window: [string, string] | null;
}

// Where the article ends and other stories' teasers or the comment section begin.
const END_OF_ARTICLE = /^(?:You May Also Like|Related(?: Coverage| Stories| Articles| Content)?|Read More|More (?:from|Stories)\b.*|Recommended(?: for you)?|Leave a Reply|Comments?|Most Popular|Trending(?: Now)?|Also Read|See also)\s*:?$/i;

// More events than this in one article means a list or table, not prose reporting; the extractor stops there.
export const MAX_EVENTS = 200;

/** The place name places.txt gives "the border" until the article says which. */
const BORDER = 'border';

function articleBorder(text: string): string {
  const north = text.match(/\b(?:northern|Canad(?:a|ian)|Quebec)\b/g)?.length ?? 0;
  const south = text.match(/\b(?:southern|south(?:west(?:ern)?)?|Mexic(?:o|an))\b/gi)?.length ?? 0;
  return north > south ? 'US-Canada border' : 'US-Mexico border';
}

/** The city an article is about: the one it names most, at least twice. */
function focusCity(places: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) if (/, [A-Z]{2}$/.test(p)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : null;
}

/** The redeployment events an article states, one per move, in text order. */
export function extractEvents(body: string, ctx: ExtractContext): ArticleEventInput[] {
  const lines = body.split('\n');
  const end = lines.findIndex((l) => END_OF_ARTICLE.test(l.trim()));
  const text = end >= 0 ? lines.slice(0, end).join('\n') : body;
  const sentences = analyze(text);
  const known = citiesPinned(sentences);
  const published = parseDay(ctx.published);
  const mentions = sentences.flatMap((s, i) => mentionsIn(s, published, known, i === sentences.length - 1));
  if (!mentions.length) return [];
  // "The border" is the one the article is about: the northern one when it names Canada's more than Mexico's.
  const border = articleBorder(text);
  for (const m of mentions) {
    m.places = [...new Set(m.places.map((p) => (p === BORDER ? border : p)))];
    m.origins = [...new Set(m.origins.map((p) => (p === BORDER ? border : p)))];
  }
  const focus = mentions.some((m) => m.described && !m.places.length) ? focusCity(sentences.flatMap((s) => findPlaces(s.tokens, known).map((p) => p.name))) : null;
  // The agencies that the sentences just before a move name as moving: "Border Patrol agents will be in
  // Charlotte until Friday. Then, about 200 agents will move to New Orleans."
  const moversBefore = (i: number): AgencyId[] => {
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const ids = findAgencies(sentences[k]!.tokens).filter((a) => a.role === 'mover').flatMap((a) => a.ids);
      if (ids.length) return [...new Set(ids)];
    }
    return [];
  };
  return assemble(mentions, { published: ctx.published, focus }, moversBefore)
    .slice(0, MAX_EVENTS)
    // Moves before 2020 are history the article recalls, outside this record.
    .filter((e) => !e.date || Number(e.date.slice(0, 4)) >= 2020);
}
