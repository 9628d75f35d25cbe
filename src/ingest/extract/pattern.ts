// Token patterns, in the spirit of spaCy's Matcher and PETRARCH's verb phrases: a lexicon line such as
// `descend on|upon` or `pull ~3 from|off @place` becomes a small program run over a sentence's tokens.
//
//   word       the token's lemma or lower-case form ("send" matches sent, sending)
//   a|b        either
//   a|b/VERB   either, as that part of speech only ("patrol/VERB" is not "Border Patrol")
//   ICE =Guard exact text: a word written in capitals, or after `=`, matches only as written
//   [VERB|AUX] a part of speech
//   @name      a span the caller marks (@force, @agency, @place, @num ...)
//   x?         optional
//   ~N         up to N tokens of anything
import type { Token } from './nlp.ts';

type Element =
  | { kind: 'word'; words: Set<string>; exact: Set<string>; tags: Set<string> | null; optional: boolean }
  | { kind: 'pos'; tags: Set<string>; optional: boolean }
  | { kind: 'class'; name: string; optional: boolean }
  | { kind: 'gap'; max: number };

export interface Pattern { source: string; elements: Element[] }

/** Spans the caller marks in a sentence, by class: start token index -> end (exclusive). */
export type Spans = Record<string, Map<number, number>>;

export interface PatternMatch { start: number; end: number; anchor: number }

const EXACT = /^(?:=.+|[A-Z][A-Z0-9&.-]*[A-Z0-9.])$/;

/** Compiles a pattern; throws a one-line reason when it is malformed. */
export function compilePattern(source: string): Pattern {
  const parts = source.trim().split(/\s+/);
  if (!parts[0]) throw new Error('empty pattern');
  const elements = parts.map((part): Element => {
    const gap = /^~(\d{1,2})$/.exec(part);
    if (gap) return { kind: 'gap', max: Number(gap[1]) };
    const optional = part.length > 1 && part.endsWith('?');
    let body = optional ? part.slice(0, -1) : part;
    const tagged = /^(.+[^/])\/([A-Z|]+)$/.exec(body);
    const tags = tagged ? new Set(tagged[2]!.split('|')) : null;
    if (tagged) body = tagged[1]!;
    const pos = /^\[([A-Z|]+)\]$/.exec(body);
    if (pos) return { kind: 'pos', tags: new Set(pos[1]!.split('|')), optional };
    const cls = /^@([a-z-]+)$/.exec(body);
    if (cls) return { kind: 'class', name: cls[1]!, optional };
    if (/[@[\]~]/.test(body)) throw new Error(`cannot read "${part}"`);
    const words = new Set<string>();
    const exact = new Set<string>();
    for (const alt of body.split('|')) {
      if (!alt) throw new Error(`an empty alternative in "${part}"`);
      if (EXACT.test(alt)) exact.add(alt.replace(/^=/, ''));
      else words.add(alt.toLowerCase());
    }
    return { kind: 'word', words, exact, tags, optional };
  });
  if (elements[0]!.kind === 'gap' || elements[elements.length - 1]!.kind === 'gap') throw new Error('a pattern cannot start or end with ~N');
  return { source, elements };
}

function wordHit(e: Extract<Element, { kind: 'word' }>, t: Token): boolean {
  if (e.tags && !e.tags.has(t.pos)) return false;
  return e.words.has(t.lower) || e.words.has(t.lemma) || e.exact.has(t.text);
}

/** The pattern matched from token `at`, or null. Gaps try the shortest skip first. */
export function matchAt(p: Pattern, tokens: readonly Token[], at: number, spans: Spans = {}): PatternMatch | null {
  // The anchor is the token of the pattern's first word: the motion word itself, not its particle.
  const firstWord = p.elements.findIndex((x) => x.kind === 'word');
  let anchor = -1;
  const step = (e: number, k: number): number => {
    if (e === p.elements.length) return k;
    const el = p.elements[e]!;
    if (el.kind === 'gap') {
      for (let skip = 0; skip <= el.max && k + skip <= tokens.length; skip++) {
        // A gap never runs across the end of a clause.
        if (skip > 0 && /^[;:]$/.test(tokens[k + skip - 1]!.text)) break;
        const end = step(e + 1, k + skip);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (k < tokens.length) {
      const t = tokens[k]!;
      let next = -1;
      if (el.kind === 'word' && wordHit(el, t)) next = k + 1;
      else if (el.kind === 'pos' && el.tags.has(t.pos)) next = k + 1;
      else if (el.kind === 'class') next = spans[el.name]?.get(k) ?? -1;
      if (next >= 0) {
        const end = step(e + 1, next);
        if (end >= 0) {
          if (e === firstWord) anchor = k;
          return end;
        }
      }
    }
    return el.optional ? step(e + 1, k) : -1;
  };
  const end = step(0, at);
  return end >= 0 ? { start: at, end, anchor: anchor >= 0 ? anchor : at } : null;
}

/** Patterns indexed by the words they can start with, so a sentence is scanned once. */
export class PatternSet<T> {
  private byWord = new Map<string, Array<{ p: Pattern; value: T }>>();
  private anywhere: Array<{ p: Pattern; value: T }> = [];

  add(p: Pattern, value: T): void {
    const first = p.elements[0]!;
    if (first.kind === 'word' && !first.optional) {
      for (const w of [...first.words, ...first.exact]) {
        const list = this.byWord.get(w) ?? [];
        list.push({ p, value });
        this.byWord.set(w, list);
      }
    } else this.anywhere.push({ p, value });
  }

  /** Every match in the sentence, in token order; at one start, every pattern that matches there. */
  scan(tokens: readonly Token[], spans: Spans = {}): Array<PatternMatch & { value: T; pattern: Pattern }> {
    const out: Array<PatternMatch & { value: T; pattern: Pattern }> = [];
    tokens.forEach((t, k) => {
      const tried = new Set<Pattern>();
      for (const key of new Set([t.lower, t.lemma, t.text])) {
        for (const c of this.byWord.get(key) ?? []) {
          if (tried.has(c.p)) continue;
          tried.add(c.p);
          const m = matchAt(c.p, tokens, k, spans);
          if (m) out.push({ ...m, value: c.value, pattern: c.p });
        }
      }
      for (const c of this.anywhere) {
        const m = matchAt(c.p, tokens, k, spans);
        if (m) out.push({ ...m, value: c.value, pattern: c.p });
      }
    });
    return out;
  }
}
