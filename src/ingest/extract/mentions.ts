import type { Action, DatePrecision, PersonnelQualifier } from '../../schema/event.ts';
import type { AgencyId } from '../../schema/agency.ts';
import { agencyIds, findAgencies } from './agencies.ts';
import { findAction, isNegatedOrHypothetical } from './actions.ts';
import { findPersonnel } from './personnel.ts';
import { findPlaces } from './places.ts';
import { findDates } from './dates.ts';
import { findOperations } from './operations.ts';
import type { Reference } from './context.ts';
import type { Sentence } from './sentences.ts';

/** One sentence's (or clause's) statement that personnel move, with what it says about them. */
export interface Mention {
  sentence: number;
  paragraph: number;
  text: string;
  agencies: AgencyId[];
  action: Action;
  personnel: number | null;
  qualifier: PersonnelQualifier | null;
  personnelText: string | null;
  places: string[];
  origins: string[];
  date: string | null;
  precision: DatePrecision | null;
  operations: string[];
  /** Denied, blocked, conditional, or inside a quotation: may add to an event, never starts one. */
  weak: boolean;
  /** "another 2,000", "more troops": a new wave, not a restatement. */
  additional: boolean;
  /** Refers back to a place named earlier ("the city", "the capital"). */
  anaphoricPlace: boolean;
  /** Joined an event with only some of its agencies (a summary sentence naming several moves). */
  partial?: boolean;
}

// Re-spun copy writes "final month" for "last month".
const normalizeForDates = (s: string) => s.replace(/\bfinal\s+(week|month|year)\b(?!\s+of)/gi, 'last $1');

function clauses(sentence: string): string[] {
  // Two agencies with their own counts in one sentence ("sending 700 Marines ..., and the president
  // authorized another 2,000 Guard members") are two moves.
  // "... 4,000 National Guard members and 700 Marines to Los Angeles" names two forces with two counts.
  const parts = sentence.split(/,\s+and\s+(?=the\s|[A-Z]|(?:in|on|by|later|then)\s)|;\s+|\s+and\s+(?=(?:about\s+|some\s+|roughly\s+|nearly\s+|another\s+|up\s+to\s+)?\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,3}(?:troops|Marines|members|agents|officers|soldiers|personnel|guardsmen)\b)/);
  if (parts.length < 2) return [sentence];
  const rich = parts.filter((p) => findAgencies(p).length && (findPersonnel(p)?.personnel || findAction(p)));
  const moving = parts.filter((p) => findAction(p));
  // Two moves, one naming its agency and one pointing back ("the same agents moved into Charlotte, and in
  // December 250 Border Patrol agents were sent to New Orleans"), are two moves too.
  return rich.length >= 2 || (rich.length >= 1 && moving.length >= 2) ? parts : [sentence];
}

const PEOPLE = /\b(?:agents|brokers|officers|officials|troops|soldiers|members|personnel|employees|staff(?:ers)?|workers|deputies|marshals|Marines|guardsmen|service\s*members|investigators|teams?|units?|forces?|contingent|reinforcements|manpower|volunteers|detailees|National\s+Guard|Guard|BORTAC|BORSTAR|SWAT|they|who)\b/i;

/** ICE's "special agents" are its Homeland Security Investigations agents. */
function withInvestigations(ids: AgencyId[], clause: string): AgencyId[] {
  return ids.includes('ICE') && !ids.includes('HSI') && /\bspecial\s+agents\b/i.test(clause) ? [...ids, 'HSI'] : ids;
}

/** The moves a sentence states, usually one, two when two clauses each name their own agency and count. */
export function mentionsIn(s: Sentence, index: number, ref: Reference, nearAgency: (i: number) => boolean): Mention[] {
  // Headings and captions ("Bringing in other agencies") are not statements.
  if (!/[.!?]["”’)]*$/.test(s.text.trim())) return [];
  const sentenceAction = findAction(s.text);
  if (!sentenceAction) return [];
  // A move is of people: "ICE sent a letter" is not one. The sentence must name people or a force.
  if (!PEOPLE.test(s.text)) return [];
  // A move that names no agency only matters next to one that does (it joins that event); skip the rest early.
  if (!findAgencies(s.text).length && !nearAgency(index)) return [];
  const weak = isNegatedOrHypothetical(s.text) || /^["“]/.test(s.text.trim());
  const dates = findDates(normalizeForDates(s.text), ref.day, ref.isPublication);
  const sentencePlaces = findPlaces(s.text);
  return clauses(s.text).map((clause) => {
    const action = findAction(clause) ?? sentenceAction;
    const personnel = findPersonnel(clause);
    const own = findPlaces(clause);
    // "... to San Diego, and the governor ordered 1,000 Guard members to the city": the city is the one named before.
    const anaphoric = /\b(?:the|that)\s+(?:city|capital|District|area)\b/i.test(clause);
    // A clause without a destination of its own shares the sentence's ("sent 4,000 Guard members and 700 Marines to Los Angeles").
    const places = own.places.length ? own : clause === s.text || anaphoric || !own.origins.length ? sentencePlaces : { places: [], origins: own.origins };
    const clauseDates = clause === s.text ? dates : findDates(normalizeForDates(clause), ref.day, ref.isPublication);
    const date = (clauseDates[0] ?? dates[0]) ?? null;
    return {
      sentence: index,
      paragraph: s.paragraph,
      text: s.text,
      agencies: withInvestigations(agencyIds(findAgencies(clause)), clause),
      action: action.action,
      personnel: personnel?.personnel ?? null,
      qualifier: personnel?.qualifier ?? null,
      personnelText: personnel?.text ?? null,
      places: places.places,
      origins: places.origins,
      date: date?.date ?? null,
      precision: date?.precision ?? null,
      operations: findOperations(clause),
      weak,
      additional: /\banother\s+(?:[\d,]+|several|few|\w+\s+hundred|\w+\s+thousand)|\b[\d,]+\s+more\b|\banother\s+(?:\w+\s+){0,2}(?:troops|agents|officers|members|personnel|Marines|Guard)|\bsecond\s+(?:wave|round|group|deployment|contingent)\b/i.test(clause),
      anaphoricPlace: /\b(?:the|that)\s+(?:city|capital|District|streets|area|region)\b|\bthe\s+city's\b/i.test(clause),
    };
  });
}
