// Agencies named in a sentence, and what each is to the move: the people who move, the agency they
// help, an institution or place, or the source that speaks.
import type { AgencyId } from '../../data/agency-tree.ts';
import { lexicons } from './lexicons.ts';
import type { PatternSet } from './pattern.ts';
import type { Token } from './nlp.ts';

export type AgencyRole = 'mover' | 'helped' | 'institution' | 'title' | 'speaker' | 'command';

export interface AgencyMention { ids: AgencyId[]; start: number; end: number; role: AgencyRole }

/** Words that may stand between a helping verb and the agency: "assist the U.S. Border Patrol". */
const FILLER = new Set(['the', 'local', 'federal', 'its', 'their', 'u.s.', 'us', 'and', ',', 'other', 'immigration', 'enforcement']);

function endsAt(set: PatternSet<true>, tokens: readonly Token[], end: number, reach = 5): boolean {
  return set.endsAt(tokens, end, reach);
}

function startsAt(set: PatternSet<true>, tokens: readonly Token[], at: number): boolean {
  return set.startingAt(tokens, at).length > 0;
}

function roleOf(tokens: readonly Token[], start: number, end: number, people: Set<string>): AgencyRole {
  const { roles } = lexicons();
  let back = start;
  while (back > 0 && FILLER.has(tokens[back - 1]!.lower)) back--;
  if (endsAt(roles.helped, tokens, back)) return 'helped';
  let after = end;
  // "ICE's officers" are people; "ICE's mission" is the institution.
  const possessive = /^['’]s?$/.test(tokens[after]?.text ?? '') || /^['’]s$/.test(tokens[after]?.lower ?? '');
  if (possessive) after++;
  while (after < tokens.length && (tokens[after]!.pos === 'ADJ' || tokens[after]!.text === '(' || /^[A-Z]{2,6}$/.test(tokens[after]!.text) || tokens[after]!.text === ')') && after - end < 4) after++;
  // "the IRS's criminal investigations unit", "Border Patrol's elite tactical teams": its people after their modifiers.
  if (possessive) {
    for (let k = after; k < Math.min(tokens.length, after + 4) && /^(?:ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos); k++) {
      if (people.has(tokens[k]!.lemma) || people.has(tokens[k]!.lower)) return 'mover';
    }
  }
  const next = tokens[after];
  if (next && (people.has(next.lemma) || people.has(next.lower))) {
    // "ICE officials said": its officials speak.
    let k = after + 1;
    while (k < tokens.length && people.has(tokens[k]!.lemma)) k++;
    if (startsAt(roles.speech, tokens, k) && next.lemma === 'official') return 'speaker';
    return 'mover';
  }
  if (startsAt(roles.title, tokens, after)) return 'title';
  // "Homeland Security Alejandro Mayorkas": an agency before a person's name is that person's title.
  if (next && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(next.text) && tokens[after + 1]?.pos === 'PROPN' && !possessive && !lexicons().agencies.startingAt(tokens, after).length) return 'title';
  if (possessive || startsAt(roles.institution, tokens, after)) return 'institution';
  // "DHS now says", "ICE also said": an adverb between the agency and its verb of saying.
  if (startsAt(roles.speech, tokens, after) || (next?.pos === 'ADV' && startsAt(roles.speech, tokens, after + 1))) return 'speaker';
  const before = tokens[start - 1]?.lower;
  // "according to CBP", "memos printed by DHS": the agency as a source.
  if (before === 'according' || tokens[start - 2]?.lower === 'according' || before === 'told' || (before === 'by' && /^(?:released|printed|published|issued|obtained|provided|shared|reviewed|seen|reported|posted)$/.test(tokens[start - 2]?.lower ?? ''))) return 'speaker';
  return 'mover';
}

const seen = new WeakMap<readonly Token[], AgencyMention[]>();

// The person and force words as one set, made once per lexicon rather than once per sentence.
const peopleSets = new WeakMap<object, Set<string>>();
function peopleWords(people: { person: Set<string>; force: Set<string> }): Set<string> {
  let set = peopleSets.get(people);
  if (!set) peopleSets.set(people, (set = new Set([...people.person, ...people.force])));
  return set;
}

/** The agencies a sentence names, each span once (the more specific name wins), in token order. */
export function findAgencies(tokens: readonly Token[]): AgencyMention[] {
  const hit = seen.get(tokens);
  if (hit) return hit;
  const found = scan(tokens);
  seen.set(tokens, found);
  return found;
}

function scan(tokens: readonly Token[]): AgencyMention[] {
  const lex = lexicons();
  const found = lex.agencies.scan(tokens);
  // Longest names first, then the lexicon's order: "Border Patrol Tactical Unit" before "Border Patrol".
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.value.rank - b.value.rank);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const kept: Array<{ ids: AgencyId[]; start: number; end: number }> = [];
  for (const m of found) {
    let free = true;
    for (let k = m.start; k < m.end; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = m.start; k < m.end; k++) taken[k] = true;
    kept.push({ ids: m.value.ids, start: m.start, end: m.end });
  }
  kept.sort((a, b) => a.start - b.start);
  // "Customs and Border Protection (CBP)": a name and its abbreviation in brackets are one mention.
  for (let i = 0; i + 1 < kept.length; i++) {
    const a = kept[i]!;
    const b = kept[i + 1]!;
    if (tokens[a.end]?.text === '(' && b.start === a.end + 1 && tokens[b.end]?.text === ')') {
      a.ids = [...new Set([...a.ids, ...b.ids])];
      a.end = b.end + 1;
      kept.splice(i + 1, 1);
    }
  }
  const people = peopleWords(lex.people);
  const command = lex.roles.command;
  return kept.filter((k) => k.ids.length).map((k) => {
    const role = roleOf(tokens, k.start, k.end, people);
    // "The Pentagon withdrew 2,000 troops": who orders is not the troops, whose agency the article tells.
    return { ...k, role: role === 'mover' && command.startingAt(tokens, k.start).some((m) => m.end === k.end) ? 'command' : role };
  });
}

