// The linguistic basics from wink-nlp and its English model: sentences, tokens, parts of speech, lemmas,
// the scope of a negation. Everything after this works on tokens, not on raw characters.
import winkNLP, { type Document, type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

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
  /** Inside the scope of a negation ("no plans to send", "would not be sent"). */
  negated: boolean;
}

export interface Sentence {
  index: number;
  paragraph: number;
  text: string;
  start: number;
  tokens: Token[];
}

// Only the pipes the extractor reads: sentence boundaries, negation scope, parts of speech (which lemmas need).
const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
const its = nlp.its;

// A token longer than this (base64, a run of symbols) is no word; analysing it costs time and gives nothing.
const MAX_WORD = 64;

// wink-nlp's typings do not admit its own token helpers as output functions; they are, at run time.
function column<T>(doc: Document, f: unknown): T[] {
  return doc.tokens().out(f as ItsFunction<T>) as T[];
}

/** The sentences of a text whose paragraphs are separated by blank lines, each with its tokens. */
export function analyze(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs = text.split(/\n\s*\n/);
  let offset = 0;
  paragraphs.forEach((para, p) => {
    const base = text.indexOf(para, offset);
    offset = base + para.length;
    if (!para.trim() || !/\p{L}{2}/u.test(para)) return;
    // Overlong tokens are blanked out (same length, so offsets hold) before analysis.
    const safe = para.replace(new RegExp(`\\S{${MAX_WORD + 1},}`, 'g'), (m) => ' '.repeat(m.length));
    const doc = nlp.readDoc(safe);
    const values = doc.tokens().out() as string[];
    const spaces = column<string>(doc, its.precedingSpaces);
    const lemmas = column<string>(doc, its.lemma);
    const tags = column<string>(doc, its.pos);
    const negs = column<boolean>(doc, its.negationFlag);
    const starts: number[] = [];
    let at = 0;
    values.forEach((v, k) => {
      at += spaces[k]!.length;
      starts.push(at);
      at += v.length;
    });
    // Sentences cover the tokens in order, so each starts where the one before ended.
    let a = 0;
    doc.sentences().each((sentence: { tokens(): { length(): number } }) => {
      const n = sentence.tokens().length();
      const b = a + n - 1;
      const tokens: Token[] = [];
      for (let k = a; k <= b; k++) {
        const v = values[k]!;
        tokens.push({ i: k - a, text: v, lower: v.toLowerCase(), lemma: lemmas[k]!.toLowerCase(), pos: tags[k]!, start: base + starts[k]!, end: base + starts[k]! + v.length, negated: Boolean(negs[k]) });
      }
      a = b + 1;
      if (!tokens.length) return;
      const start = tokens[0]!.start;
      out.push({ index: out.length, paragraph: p, text: text.slice(start, tokens[tokens.length - 1]!.end), start, tokens });
    });
  });
  return out;
}
