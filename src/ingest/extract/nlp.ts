// The linguistic basics from wink-nlp and its English model: sentences, tokens, parts of speech, lemmas,
// the scope of a negation. Everything after this works on tokens, not on raw characters.
import winkNLP, { type Document, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isSpace } from '../../lib/spaces.ts';
import type { Range } from './candidates.ts';

export interface Token {
  /** Position in its sentence. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, PROPN, VERB, AUX, NUM, ADP, PUNCT, ...). */
  pos: string;
  /** Character offsets in the analysed text. */
  start: number;
  end: number;
}

export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  tokens: Token[];
}

// Only the pipes the extractor reads: sentence boundaries and parts of speech (which lemmas need). The
// scope of a negation is read by the cues (src/ingest/extract/cues.ts): wink-nlp's negation pipe
// measured a quarter of its analysis time here.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Which of the words are wink-nlp's English stop words ("be", "on", "into", "the"): too common to tell sentences apart. */
export function stopWordsAmong(words: Iterable<string>): Set<string> {
  const list = [...new Set(words)].filter((w) => /^[\p{L}-]+$/u.test(w));
  const doc = nlp.readDoc(list.join('\n\n'));
  const flags = column<boolean>(doc, its.stopWordFlag);
  return new Set(column<string>(doc, its.normal).filter((_w, k) => flags[k]));
}

// A token longer than this (base64, a run of symbols) is no word; analysing it costs time and gives nothing.
const LONG_WORD = 65;

/** The text with every run of LONG_WORD or more non-space characters blanked out, same length. One pass: `/\S{65,}/g` retries 65 characters at every one. */
function blankLongWords(text: string): string {
  const parts: string[] = [];
  let kept = 0;
  let run = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) {
      run++;
      continue;
    }
    if (run >= LONG_WORD) {
      parts.push(text.slice(kept, i - run), ' '.repeat(run));
      kept = i;
    }
    run = 0;
  }
  if (!parts.length) return text;
  parts.push(text.slice(kept));
  return parts.join('');
}

/**
 * The ranges of the text one after the other, each gap between two shortened to a space, or to a blank
 * line where it held a paragraph break; and where each range begins in both: [offset in compact, offset
 * in text] pairs.
 */
function compacted(text: string, ranges: readonly Range[]): { compact: string; from: Array<[number, number]> } {
  const parts: string[] = [];
  const from: Array<[number, number]> = [];
  let length = 0;
  let at = 0;
  for (const r of ranges) {
    if (parts.length) {
      const gap = /\n[ \t]*\n/.test(text.slice(at, r.start)) ? '\n\n' : ' ';
      parts.push(gap);
      length += gap.length;
    }
    from.push([length, r.start]);
    parts.push(text.slice(r.start, r.end));
    length += r.end - r.start;
    at = r.end;
  }
  return { compact: parts.join(''), from: from.length ? from : [[0, 0]] };
}

// wink-nlp's typings do not admit its own token helpers as output functions; they are, at run time.
function column<T>(doc: Document, f: unknown): T[] {
  return doc.tokens().out(f as ItsFunction<T>) as T[];
}

/**
 * The sentences of a text whose paragraphs are separated by blank lines, each with its tokens. With
 * `ranges`, only those stretches of the text are read (candidates.ts): a sentence is always an exact
 * piece of the text, and its offsets are the text's.
 */
export function analyze(text: string, ranges?: readonly Range[]): Sentence[] {
  // One document for all that is read (a document per paragraph costs more than the analysis itself);
  // overlong tokens are blanked out first, same length, so every offset holds.
  const { compact, from: runs } = compacted(text, ranges ?? [{ start: 0, end: text.length }]);
  const safe = blankLongWords(compact);
  const doc = nlp.readDoc(safe);
  const values = doc.tokens().out() as string[];
  const spaces = column<string>(doc, its.precedingSpaces);
  const lemmas = column<string>(doc, its.lemma);
  const tags = column<string>(doc, its.pos);
  // Where each token starts in what was read, and in the text.
  const read = new Array<number>(values.length);
  const starts = new Array<number>(values.length);
  let at = 0;
  let run = 0;
  for (let k = 0; k < values.length; k++) {
    at += spaces[k]!.length;
    while (run + 1 < runs.length && runs[run + 1]![0] <= at) run++;
    read[k] = at;
    starts[k] = runs[run]![1] + at - runs[run]![0];
    at += values[k]!.length;
  }
  // Paragraph k begins after the k-th blank line; a sentence never runs across one.
  const breaks: number[] = [];
  for (const m of text.matchAll(/\n[ \t]*\n\s*/g)) breaks.push(m.index + m[0].length);
  const out: Sentence[] = [];
  let paragraph = 0;
  let a = 0;
  const flush = (from: number, to: number) => {
    if (to <= from) return;
    const tokens: Token[] = [];
    for (let k = from; k < to; k++) {
      const v = values[k]!;
      tokens.push({ i: k - from, text: v, lower: v.toLowerCase(), lemma: lemmas[k]!.toLowerCase(), pos: tags[k]!, start: starts[k]!, end: starts[k]! + v.length });
    }
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    // Words read, not only line breaks ("\n\n" between two stretches read is no sentence).
    if (/\p{L}{2}/u.test(safe.slice(read[from]!, read[to - 1]! + values[to - 1]!.length))) out.push({ index: out.length, paragraph, text: text.slice(start, end), start, tokens });
  };
  // Sentences cover the tokens in order, so each starts where the one before ended.
  // Read as spans of token indexes: an item object per sentence costs more than the spans.
  for (const [first, last] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
    const b = a + last - first + 1;
    let from = a;
    for (let k = a; k < b; k++) {
      while (paragraph < breaks.length && breaks[paragraph]! <= starts[k]!) {
        flush(from, k);
        from = k;
        paragraph++;
      }
    }
    flush(from, b);
    a = b;
  }
  return out;
}
