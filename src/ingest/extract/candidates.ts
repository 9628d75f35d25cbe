// Which sentences are worth the NLP: only one that holds every word some motion phrase requires, and
// the words of people or of an agency's name, can state a move. A test on plain words, before any
// analysis: it can keep a sentence the phrases then do not match, never drop one they would.
import { createRequire } from 'node:module';
import { readLexicon } from './lexicon.ts';
import { lastWord } from '../../lib/spaces.ts';
import { compilePattern, type Pattern } from './pattern.ts';
import { stopWordsAmong } from './nlp.ts';

// wink-nlp's lemmatizer reads WordNet's irregular forms ("sent" is "send", "were" is "be", "men" is
// "man"); read backwards, they give the surface forms of a lexicon word.
const require = createRequire(import.meta.url);
const IRREGULAR: Record<string, string>[] = [require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js'), require('wink-eng-lite-web-model/dist/wn-noun-exceptions.js')];
let irregular: Map<string, string[]> | null = null;

const formsOf = new Map<string, string[]>();

/**
 * A word and every form whose lemma it can be: the regular endings wink-nlp strips (sends, deployed,
 * arriving, deputies, wolves, guardsmen, closer) and the irregular ones (sent, flew, were).
 */
export function forms(w: string): string[] {
  const known = formsOf.get(w);
  if (known) return known;
  const out = formsOfWord(w);
  formsOf.set(w, out);
  return out;
}

function formsOfWord(w: string): string[] {
  if (!irregular) {
    irregular = new Map();
    for (const table of IRREGULAR) for (const [form, lemma] of Object.entries(table)) irregular.set(lemma, [...(irregular.get(lemma) ?? []), form]);
  }
  const stem = w.replace(/e$/, '');
  const last = w.at(-1);
  return [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${stem}ing`, `${w}ing`, `${stem}es`, `${w}er`, `${w}est`, w.replace(/y$/, 'ied'), w.replace(/y$/, 'ies'), w.replace(/fe?$/, 'ves'), w.replace(/man$/, 'men'), `${w}${last}ed`, `${w}${last}ing`, ...(irregular.get(w) ?? [])];
}

/** The lower-case words of a sentence, hyphenated ones whole and in parts ("pre-position", "pre", "position"). */
export function wordsOf(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const [w] of sentence.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)) {
    out.add(w);
    if (/[-'’]/.test(w)) for (const part of w.split(/[-'’]/)) out.add(part);
  }
  return out;
}

/** The word a sentence's words hold when it may name a place after its first word (see candidatePieces). */
export const PLACE = '@place';

/**
 * Patterns reduced to the words a match must hold: each required word element as the set of its forms
 * (an element of punctuation, a class or a part of speech is left out: it cannot be read from words).
 * Indexed by the forms of each pattern's most telling element, so a sentence is tested against only
 * the patterns one of its words keys.
 */
export class WordNeeds {
  private byKey = new Map<string, Array<Array<Set<string>>>>();
  /** A pattern with no required word: any sentence may hold it. */
  private always = false;

  private stop: ReadonlySet<string>;
  private topic: ReadonlySet<string>;

  constructor(stop: ReadonlySet<string> = new Set(), topic: ReadonlySet<string> = new Set()) {
    this.stop = stop;
    this.topic = topic;
  }

  add(p: Pattern): void {
    const needs = p.elements.flatMap((e, i) => {
      // A place after a required element is a capitalised word after the sentence's first, or a place told in words.
      if (e.kind === 'class' && e.name === 'place' && !e.optional && p.elements.slice(0, i).some((x) => x.kind !== 'gap' && !x.optional)) return [{ alts: [PLACE], forms: new Set([PLACE]) }];
      if (e.kind !== 'word' || e.optional) return [];
      const alts = [...e.words, ...e.exact].map((w) => w.toLowerCase());
      return alts.every((w) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(w)) ? [{ alts, forms: new Set(alts.flatMap(forms)) }] : [];
    });
    if (!needs.length) {
      this.always = true;
      return;
    }
    // Not a stop word ("be", "on", "into") nor a word of the topic ("federal", "immigration") when the
    // pattern has a rarer one: "on the way to" is keyed by "way", "into federal service" by "service".
    const cost = (alts: string[]) => (alts[0] === PLACE ? 1000 : 0) + (alts.filter((w) => this.stop.has(w)).length * 2 + alts.filter((w) => this.topic.has(w)).length) * 100 - Math.min(...alts.map((w) => w.length));
    const key = needs.reduce((best, n) => (cost(n.alts) < cost(best.alts) ? n : best));
    const rest = needs.filter((n) => n !== key).map((n) => n.forms);
    for (const f of key.forms) this.byKey.set(f, [...(this.byKey.get(f) ?? []), rest]);
  }

  /** The words that key the patterns: a sentence without one of them meets none. */
  keys(): Set<string> {
    return new Set(this.always ? [] : this.byKey.keys());
  }

  /** True when some pattern has no required word (every sentence may meet it). */
  get unkeyed(): boolean {
    return this.always;
  }

  /** Every word a pattern of the set requires, in all its forms. */
  words(): Set<string> {
    const out = new Set(this.byKey.keys());
    const seen = new Set<ReadonlySet<string>>();
    for (const list of this.byKey.values()) {
      for (const rest of list) {
        for (const set of rest) {
          if (seen.has(set)) continue;
          seen.add(set);
          for (const w of set) out.add(w);
        }
      }
    }
    return out;
  }

  /** True when the words hold everything some pattern requires. */
  met(words: ReadonlySet<string>): boolean {
    if (this.always) return true;
    for (const w of words) {
      const list = this.byKey.get(w);
      if (list?.some((rest) => rest.every((set) => hasAny(set, words)))) return true;
    }
    return false;
  }
}

function hasAny(set: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  // Through the smaller of the two: a sentence's few words, or a phrase word's few forms.
  if (words.size < set.size) {
    for (const w of words) if (set.has(w)) return true;
  } else for (const w of set) if (words.has(w)) return true;
  return false;
}

interface Keys { words: ReadonlySet<string>; any: boolean }
interface Tests {
  forceKeys: Keys;
  motionKeys: Keys;
  /** Every word a pattern requires, and their hashes. */
  relevant: ReadonlySet<string>;
  hashes: ReadonlySet<number>;
  /** The hashes' low 16 bits as a bit table: most words are turned away by one array read. */
  seen: Uint8Array;
  /** Whether the words meet a force and a motion; PLACE is added to them when a place is written in words. */
  test: (words: Set<string>) => boolean;
}
let tests: Tests | null = null;

/** One character more of a word's hash (30 bits: a small integer, never a boxed number). */
const hashStep = (h: number, c: number) => (Math.imul(h, 31) + c) & 0x3fffffff;

/** A word's hash over its character codes, as the scan of candidatePieces computes it without cutting the word out. */
function hashOf(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i));
  return h;
}

function bitsOf(hashes: number[]): Uint8Array {
  const bits = new Uint8Array(8192);
  for (const h of hashes) bits[(h & 0xffff) >> 3]! |= 1 << (h & 7);
  return bits;
}

const keysOf = (needs: WordNeeds): Keys => ({ words: needs.keys(), any: needs.unkeyed });

/** The motion phrases, and the people nouns, people phrases and agency names, as word needs. */
function compiled(): Tests {
  if (tests) return tests;
  const patterns = (name: string, field: (fields: string[]) => string, section?: (s: string | null) => boolean) =>
    readLexicon(name).filter((l) => !section || section(l.section)).map((l) => compilePattern(field(l.fields)));
  const agencies = patterns('agencies.txt', (f) => f.slice(1).join(' '));
  const people = patterns('people.txt', (f) => f[0]!, (s) => s !== 'not');
  const motions = patterns('motions.txt', (f) => f.slice(1).join(' '));
  const wordsIn = (ps: Pattern[]) => ps.flatMap((p) => p.elements.flatMap((e) => (e.kind === 'word' ? [...e.words, ...e.exact].map((w) => w.toLowerCase()) : [])));
  const force = new WordNeeds();
  for (const p of [...people, ...agencies]) force.add(p);
  // The words of people and agencies are in most sentences of this reporting: a motion phrase is keyed by another.
  const motion = new WordNeeds(stopWordsAmong(wordsIn(motions)), new Set(wordsIn([...people, ...agencies])));
  for (const p of motions) motion.add(p);
  const places = new WordNeeds();
  for (const l of readLexicon('places.txt')) {
    if (l.section !== 'named' && l.section !== 'sector') continue;
    const p = compilePattern(l.fields.slice(1).join(' '));
    // A name written only in capitals ("L.A.", "D.C.") is a capitalised word: the capitals' test covers it.
    if (!p.elements.some((e) => e.kind === 'word' && !e.optional && !e.words.size)) places.add(p);
  }
  const relevant = new Set([...force.words(), ...motion.words(), ...places.words()]);
  const hashes = [...relevant].map(hashOf);
  tests = {
    forceKeys: keysOf(force),
    motionKeys: keysOf(motion),
    relevant,
    hashes: new Set(hashes),
    seen: bitsOf(hashes),
    test: (words) => {
      if (!force.met(words)) return false;
      if (!words.has(PLACE) && places.met(words)) words.add(PLACE);
      return motion.met(words);
    },
  };
  return tests;
}

// A rough cut into sentences, only to choose what the NLP reads; wink-nlp draws the real boundaries.
// A sentence ends at its stop or, without one, at a blank line (a heading, a dateline): never across one.
const ROUGH_SENTENCE = /[^.!?\n]*(?:\n(?![ \t]*\n)[^.!?\n]*)*(?:[.!?]+["”’)\]]*)?\s*/g;
const ABBREVIATION_END = /(?:\b[A-Za-z]|\b[A-Z][a-z]{1,3}|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bNo)\.\s*$/;
// A sentence that points back ("The memo", "These employees", "Then, 200 agents") needs the one before it.
const POINTS_BACK = /^\s*["“]?(?:The|This|That|These|Those|It|They|Such|Its|Their|Then|Other|Both|Meanwhile)\b/;
// A move to cities or states it does not name may be followed by the list of them.
const LISTS_AFTER = /\b(?:cities|states|jurisdictions|locations)\b/i;

/** A stretch of the text, by character offsets: [start, end). */
export interface Range { start: number; end: number }

/**
 * The stretches of the text that can state a move or give one its context, in order, none touching
 * another: a sentence is kept when it names people or an agency and holds a motion phrase's words,
 * with the sentence before it when it points back and the two after when it speaks of cities or states
 * it does not list.
 */
export function candidateRanges(text: string): Range[] {
  const pieces: Array<{ start: number; end: number; lower: boolean }> = [];
  for (const m of text.matchAll(ROUGH_SENTENCE)) {
    if (!m[0]) continue;
    const last = pieces[pieces.length - 1];
    // "the U.S. Marshals", "Gov. Abbott", "Sept. 30": a period after an abbreviation or initial ends no sentence.
    // The test reads only the piece's last word: it matches no space, and the whole piece can be long.
    // Nor does a piece with no word in lower case: a dateline or a name ("ST.", "ALAMEDA, Calif.").
    const lower = LOWER_WORD.test(m[0]);
    if (last && (!last.lower || ABBREVIATION_END.test(lastWord(text, last.start, last.end)))) {
      last.end += m[0].length;
      last.lower ||= lower;
    } else pieces.push({ start: m.index, end: m.index + m[0].length, lower });
  }
  const hit = candidatePieces(text, pieces);
  const keep = hit.slice();
  hit.forEach((h, i) => {
    if (!h) return;
    const piece = text.slice(pieces[i]!.start, pieces[i]!.end);
    if (i > 0 && POINTS_BACK.test(piece)) keep[i - 1] = true;
    if (LISTS_AFTER.test(piece)) for (let k = i + 1; k <= i + 2 && k < pieces.length; k++) keep[k] = true;
  });
  const out: Range[] = [];
  pieces.forEach((p, i) => {
    if (!keep[i]) return;
    const last = out[out.length - 1];
    if (last && last.end === p.start) last.end = p.end;
    else out.push({ start: p.start, end: p.end });
  });
  return out;
}

/** The text with everything outside its candidate ranges blanked out: same length, line breaks kept. */
export function candidateText(text: string): string {
  let out = '';
  let at = 0;
  for (const r of candidateRanges(text)) {
    out += blank(text.slice(at, r.start)) + text.slice(r.start, r.end);
    at = r.end;
  }
  return out + blank(text.slice(at));
}

const LOWER_WORD = /(?:^|\s)["“(]?\p{Ll}/u;
const LETTER = /[\p{L}\p{N}]/u;

const ASCII_WORD = new Uint8Array(128).map((_x, c) => Number((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)));

/** A letter or digit, as the words of wordsOf are made of. */
function isWordChar(c: number): boolean {
  return c < 128 ? ASCII_WORD[c] === 1 : LETTER.test(String.fromCharCode(c));
}

/**
 * Which pieces (in text order, covering it) name people or an agency and hold a motion phrase's words.
 * The text is scanned once; a word is cut out and kept only when its hash (computed on the way) is that
 * of a word some phrase or name requires, and a piece is tested only when it holds a key of each kind.
 */
function candidatePieces(text: string, pieces: ReadonlyArray<{ start: number; end: number }>): boolean[] {
  const t = compiled();
  const lower = text.toLowerCase();
  // Lower case keeps the offsets of nearly every text; one it does not (a dotted capital I) is read piece by piece.
  if (lower.length !== text.length) return pieces.map((p) => t.test(wordsOf(text.slice(p.start, p.end)).add(PLACE)));
  const hit = new Array<boolean>(pieces.length).fill(false);
  let p = 0;
  let words = new Set<string>();
  let motion = t.motionKeys.any;
  let force = t.forceKeys.any;
  let first = true;
  const close = () => {
    if (motion && force) hit[p] = t.test(words);
    words = new Set();
    motion = t.motionKeys.any;
    force = t.forceKeys.any;
    first = true;
  };
  const read = (from: number, to: number, h: number) => {
    if (!(t.seen[(h & 0xffff) >> 3]! & (1 << (h & 7))) || !t.hashes.has(h)) return;
    const w = lower.slice(from, to);
    if (!t.relevant.has(w)) return;
    words.add(w);
    motion ||= t.motionKeys.words.has(w);
    force ||= t.forceKeys.words.has(w);
  };
  // By character codes: a regular expression's match objects cost more here than the test itself.
  const n = lower.length;
  let k = 0;
  while (k < n) {
    if (!isWordChar(lower.charCodeAt(k))) {
      k++;
      continue;
    }
    const start = k;
    while (p < pieces.length - 1 && start >= pieces[p]!.end) {
      close();
      p++;
    }
    let h = 0;
    let part = 0;
    let partStart = k;
    let joined = false;
    while (k < n) {
      const c = lower.charCodeAt(k);
      if (isWordChar(c)) {
        h = hashStep(h, c);
        part = hashStep(part, c);
        k++;
      } else if ((c === 45 || c === 39 || c === 0x2019) && k + 1 < n && isWordChar(lower.charCodeAt(k + 1))) {
        // "pre-positioned" is read whole and as "pre" and "positioned".
        read(partStart, k, part);
        h = hashStep(h, c);
        part = 0;
        partStart = ++k;
        joined = true;
      } else break;
    }
    read(start, k, h);
    if (joined) read(partStart, k, part);
    // A capital that lower case changed, after the piece's first word: it may begin a place's name.
    if (!first && text.charCodeAt(start) !== lower.charCodeAt(start)) words.add(PLACE);
    first = false;
  }
  close();
  return hit;
}

/** The piece as spaces, its line breaks kept. */
function blank(text: string): string {
  return text.includes('\n') ? text.split('\n').map((line) => ' '.repeat(line.length)).join('\n') : ' '.repeat(text.length);
}
