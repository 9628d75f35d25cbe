// Which sentences are worth the NLP: only those that name people or an agency, and hold a word a
// motion phrase starts with, can state a move.
import { readLexicon } from './lexicon.ts';
import { lastWord } from './spaces.ts';

let words: { lower: Set<string>; exact: Set<string>; motion: Set<string> } | null = null;

/** A word and the forms English gives it (sends, sent is listed, sending, deployed, arrives). */
function forms(w: string): string[] {
  const stem = w.replace(/e$/, '');
  return [w, `${w}s`, `${w}es`, `${w}d`, `${w}ed`, `${stem}ing`, `${w}ing`, w.replace(/y$/, 'ied'), w.replace(/y$/, 'ies'), `${w}${w.at(-1)}ed`, `${w}${w.at(-1)}ing`];
}

/** The surface words of people nouns (with plurals) and of agency names, from the lexicons. */
function forceWords(): NonNullable<typeof words> {
  if (words) return words;
  const lower = new Set<string>();
  const exact = new Set<string>();
  const plural = (w: string) => [w, `${w}s`, `${w}es`, w.replace(/y$/, 'ies'), w.replace(/man$/, 'men')];
  for (const l of readLexicon('people.txt')) if (l.section !== 'not') for (const w of l.fields[0]!.split(' ')) for (const f of plural(w.toLowerCase())) lower.add(f);
  for (const l of readLexicon('agencies.txt')) {
    for (const part of l.fields.slice(1).join(' ').split(/\s+/)) {
      for (const alt of part.replace(/\?$/, '').replace(/\/[A-Z|]+$/, '').split('|')) {
        if (/^(?:=.+|[A-Z][A-Z0-9&.-]*[A-Z0-9.])$/.test(alt)) exact.add(alt.replace(/^=/, ''));
        else if (alt.length > 3 && /^[a-z-]+$/.test(alt) && !COMMON.has(alt)) lower.add(alt);
      }
    }
  }
  // Motion words: every word a motion phrase can start with, in its forms.
  const motion = new Set<string>();
  for (const l of readLexicon('motions.txt')) {
    for (const part of l.fields.slice(1).join(' ').split(/\s+/)) {
      const optional = part.endsWith('?');
      for (const alt of part.replace(/\?$/, '').replace(/\/[A-Z|]+$/, '').split('|')) for (const f of forms(alt.replace(/^=/, '').toLowerCase())) motion.add(f);
      if (!optional) break;
    }
  }
  words = { lower, exact, motion };
  return words;
}

// Words of agency names too common to mark a paragraph by themselves.
const COMMON = new Set(['department', 'service', 'services', 'office', 'state', 'united', 'states', 'federal', 'security', 'safety', 'division', 'bureau', 'administration', 'agency', 'national']);

let tests: { force: RegExp; exact: RegExp; motion: RegExp } | null = null;

/** The word lists as three regular expressions: one scan of a sentence each, no per-word work. */
function compiled(): NonNullable<typeof tests> {
  if (tests) return tests;
  const { lower, exact, motion } = forceWords();
  const alt = (words: Set<string>) => [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
  tests = {
    force: new RegExp(`(?<![\\p{L}])(?:${alt(lower)})(?![\\p{L}])`, 'iu'),
    exact: new RegExp(`(?<![\\p{L}])(?:${alt(exact)})(?![\\p{L}])`, 'u'),
    motion: new RegExp(`(?<![\\p{L}])(?:re-)?(?:${alt(motion)})(?![\\p{L}])`, 'iu'),
  };
  return tests;
}

/** A sentence that names people or an agency and has a motion word. */
function isCandidate(sentence: string): boolean {
  const t = compiled();
  // The cheaper tests first: the motion words are ten times as many.
  return (t.exact.test(sentence) || t.force.test(sentence)) && t.motion.test(sentence);
}

// A rough cut into sentences, only to choose what the NLP reads; wink-nlp draws the real boundaries.
const ROUGH_SENTENCE = /[^.!?]*(?:[.!?]+["”’)\]]*|$)\s*/g;
const ABBREVIATION_END = /(?:\b[A-Z]|\b[A-Z][a-z]{1,3}|\b(?:[A-Za-z]\.)+[A-Za-z]|\bvs|\bNo)\.\s*$/;
// A sentence that points back ("The memo", "These employees", "Then, 200 agents") needs the one before it.
const POINTS_BACK = /^\s*["“]?(?:The|This|That|These|Those|It|They|Such|Its|Their|Then|Other|Both|Meanwhile)\b/;
// A move to cities or states it does not name may be followed by the list of them.
const LISTS_AFTER = /\b(?:cities|states|jurisdictions|locations)\b/i;

/**
 * The text with everything that cannot state a move, nor give a move its context, blanked out (same
 * length, so every offset holds): a sentence is kept when it names people or an agency and holds a
 * motion word, with the sentence before it when it points back and the two after when it speaks of
 * cities or states it does not list.
 */
export function candidateText(text: string): string {
  const pieces: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(ROUGH_SENTENCE)) {
    if (!m[0]) continue;
    const last = pieces[pieces.length - 1];
    // "the U.S. Marshals", "Gov. Abbott", "Sept. 30": a period after an abbreviation or initial ends no sentence.
    // The test reads only the piece's last word: it matches no space, and the whole piece can be long.
    if (last && ABBREVIATION_END.test(lastWord(last.text))) {
      last.text += m[0];
      last.end += m[0].length;
    } else pieces.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const hit = pieces.map((p) => isCandidate(p.text));
  const keep = hit.slice();
  hit.forEach((h, i) => {
    if (!h) return;
    if (i > 0 && POINTS_BACK.test(pieces[i]!.text)) keep[i - 1] = true;
    if (LISTS_AFTER.test(pieces[i]!.text)) for (let k = i + 1; k <= i + 2 && k < pieces.length; k++) keep[k] = true;
  });
  if (keep.every(Boolean)) return text;
  return pieces.map((p, i) => (keep[i] ? p.text : blank(p.text))).join('');
}

/** The piece as spaces, its line breaks kept. */
function blank(text: string): string {
  return text.includes('\n') ? text.split('\n').map((line) => ' '.repeat(line.length)).join('\n') : ' '.repeat(text.length);
}
