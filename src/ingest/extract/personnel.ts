// Head counts: a number that counts people ("some 1,400 department employees", "a 250-agent
// crackdown"), with how it was qualified. Numbers that count anything else (arrests, days, dollars,
// migrants, percent) are not head counts.
import type { PersonnelQualifier } from '../../schema/event.ts';
import { lexicons } from './lexicons.ts';
import { numberAt } from './numbers.ts';
import type { Token } from './nlp.ts';

export interface HeadCount {
  personnel: number | null;
  qualifier: PersonnelQualifier | null;
  /** The words that gave the count, verbatim ("more than 200", "hundreds"). */
  text: string;
  start: number;
  end: number;
  /** "another 2,000", "50 more": a new wave, not a restatement. */
  additional: boolean;
  /** Given as the total after an increase ("brings the total to nearly 4,000"). */
  total: boolean;
}

// Words allowed between a number and the people it counts: "200 federalized members", "1,500 U.S. active-duty troops".
const MODIFIER = new Set(['ADJ', 'PROPN', 'NOUN', 'VERB', 'PUNCT', 'DET', 'ADP', 'CCONJ', 'NUM', 'X', 'SYM', 'PART', 'ADV']);
const MAX_GAP = 6;

function isPerson(t: Token, person: Set<string>): boolean {
  return person.has(t.lemma) || person.has(t.lower) || person.has(t.lower.replace(/s$/, '')) || person.has(t.lower.replace(/men$/, 'man'));
}

/** The people-noun that a number at `end` counts, as a token index, or -1. */
function countedNoun(tokens: readonly Token[], end: number): number {
  const { person, not } = lexicons().people;
  for (let k = end; k < Math.min(tokens.length, end + MAX_GAP); k++) {
    const t = tokens[k]!;
    // "12 of the 25 field office directors": the people come after the second figure.
    if (k === end && t.lower === 'of' && /^(?:the|its|their|those)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.pos === 'NUM') return countedNoun(tokens, k + 3);
    // "about 100 of the agents": a part of people named before.
    if (k === end && t.lower === 'of' && /^(?:the|those|these|them)$/.test(tokens[k + 1]?.lower ?? '')) return countedNoun(tokens, k + 2);
    if (isPerson(t, person)) return k;
    // "1,000 deportations" count no people; "150 deportation officers" do.
    if ((not.has(t.lemma) || not.has(t.lower)) && !/^(?:NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')) return -1;
    // "of" only inside "members of the Guard" (handled by the person noun before it); elsewhere a count ends.
    if (t.pos === 'ADP' && !['-', '‑'].includes(t.text)) return -1;
    if (t.pos === 'VERB' && !/(?:ed|ing)$/.test(t.lower)) return -1;
    if (/^[,;:.()]$/.test(t.text) || t.pos === 'AUX' || t.pos === 'PRON') return -1;
    if (!MODIFIER.has(t.pos)) return -1;
  }
  return -1;
}

function qualifierBefore(tokens: readonly Token[], start: number): { q: PersonnelQualifier; from: number } | null {
  const lex = lexicons();
  for (let s = Math.max(0, start - 4); s < start; s++) {
    for (const m of lex.qualifiers.startingAt(tokens, s)) if (m.end === start) return { q: m.value, from: s };
  }
  return null;
}

/** Every head count in tokens [from, to), in order. */
export function findHeadCounts(tokens: readonly Token[], from = 0, to = tokens.length): HeadCount[] {
  const out: HeadCount[] = [];
  for (let k = from; k < to; k++) {
    const scanned = numberAt(tokens, k, false);
    if (!scanned) continue;
    k = scanned.end - 1;
    // Numbers in words are read (by compromise) only once they are known to count people.
    if (countedNoun(tokens, scanned.end) < 0) continue;
    const n = numberAt(tokens, scanned.start)!;
    const prev = tokens[n.start - 1];
    // "80% of its 2,500 agents", "12 of the 25 directors": the share or the first figure counts, not the whole.
    const partOf = prev && /^(?:its|their|the|those|these)$/.test(prev.lower) && tokens[n.start - 2]?.lower === 'of';
    if (partOf && (tokens[n.start - 3]?.pos === 'NUM' || /^(?:%|percent|half|third|thirds|quarter|quarters|most|some|many|all)$/.test(tokens[n.start - 3]?.lower ?? ''))) continue;
    // "half of the almost 4,000 soldiers": a share of the figure, not the figure.
    if (tokens.slice(Math.max(0, n.start - 5), n.start).some((t) => /^(?:half|third|thirds|quarter|quarters)$/.test(t.lower)) && tokens.slice(Math.max(0, n.start - 4), n.start).some((t) => t.lower === 'of')) continue;
    if (tokens[n.end]?.lower === '%' || tokens[n.end]?.lower === 'percent') continue;
    const noun = countedNoun(tokens, n.end);
    if (noun < 0) continue;
    // "according to two officials", "three officials said": people who speak are not people moved.
    if (tokens[n.start - 1]?.lower === 'to' && tokens[n.start - 2]?.lower === 'according') continue;
    if (lexicons().roles.speech.startingAt(tokens, noun + 1).length) continue;
    // Years are not head counts ("in 2020 officers").
    if (n.value !== null && n.value >= 1900 && n.value <= 2100 && !/,/.test(n.text)) continue;
    const vague = n.value === null || /^(?:several|a few|few|many|numerous)$/.test(prev?.lower ?? '') || (prev?.lower === 'few' && tokens[n.start - 2]?.lower === 'a');
    const qual = qualifierBefore(tokens, n.start);
    const start = qual?.from ?? n.start;
    const lead = tokens[start - 1]?.lower;
    // "contacted by two separate federal officials confirming ...": officials as a source.
    if (tokens[noun]!.lemma === 'official' && (/^(?:by|from|with)$/.test(lead ?? '') || /^(?:confirming|saying|familiar|who|briefed)$/.test(tokens[noun + 1]?.lower ?? ''))) continue;
    const additional = lead === 'another' || lead === 'additional' || tokens[n.end]?.lower === 'more' || tokens[n.end]?.lower === 'additional';
    const total = tokens.slice(Math.max(0, start - 8), start).some((t) => t.lower === 'total') && tokens[start - 1]?.lower === 'to';
    const words = tokens.slice(vague && /^(?:several|few|many|numerous)$/.test(prev?.lower ?? '') ? n.start - (prev?.lower === 'few' && tokens[n.start - 2]?.lower === 'a' ? 2 : 1) : start, noun + 1);
    out.push({
      personnel: vague ? null : n.value,
      qualifier: vague ? null : qual?.q ?? 'exact',
      text: words.map((t) => t.text).join(' ').replace(/ ([,.'’])/g, '$1'),
      start,
      end: noun + 1,
      additional,
      total,
    });
  }
  return [...out, ...totals(tokens, from, to, out)];
}

/** "bringing the number of Guard members in the capital to about 2,200": a total given after its people. */
function totals(tokens: readonly Token[], from: number, to: number, found: HeadCount[]): HeadCount[] {
  const out: HeadCount[] = [];
  const { person } = lexicons().people;
  for (let k = from; k < to; k++) {
    if (!/^(?:number|total)$/.test(tokens[k]!.lower)) continue;
    let people = -1;
    for (let j = k + 1; j < Math.min(to, k + 12); j++) {
      if (person.has(tokens[j]!.lemma)) people = j;
      if (tokens[j]!.lower !== 'to' || people < 0) continue;
      // "to about 2,200": the qualifier, then the number.
      const qual = lexicons().qualifiers.startingAt(tokens, j + 1)[0];
      const at = qual ? qual.end : j + 1;
      const n = numberAt(tokens, at);
      if (!n || n.value === null || found.some((c) => c.start <= n.start && c.end > n.start)) break;
      out.push({ personnel: n.value, qualifier: qual?.value ?? 'exact', text: tokens.slice(j + 1, n.end).map((t) => t.text).join(' '), start: j + 1, end: n.end, additional: false, total: true });
      break;
    }
  }
  return out;
}
