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

export interface Pattern {
  source: string;
  elements: Element[];
  /** The element of the pattern's first word, whose token is a match's anchor (-1: none). */
  firstWord: number;
}

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
  return { source, elements, firstWord: elements.findIndex((x) => x.kind === 'word') };
}

function wordHit(e: Extract<Element, { kind: 'word' }>, t: Token): boolean {
  if (e.tags && !e.tags.has(t.pos)) return false;
  return e.words.has(t.lower) || e.words.has(t.lemma) || e.exact.has(t.text);
}

// The anchor of the match being tried. A class's span may be computed by other patterns while one is
// tried (the getters of Spans), so matchAt saves and restores it around its own run.
let anchor = -1;

/** Where pattern elements [e, ...) matched from token k end, or -1. Gaps try the shortest skip first. */
function step(p: Pattern, tokens: readonly Token[], spans: Spans, e: number, k: number): number {
  if (e === p.elements.length) return k;
  const el = p.elements[e]!;
  if (el.kind === 'gap') {
    for (let skip = 0; skip <= el.max && k + skip <= tokens.length; skip++) {
      // A gap never runs across the end of a clause.
      if (skip > 0) {
        const x = tokens[k + skip - 1]!.text;
        if (x === ';' || x === ':') break;
      }
      const end = step(p, tokens, spans, e + 1, k + skip);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (k < tokens.length) {
    const t = tokens[k]!;
    let next = -1;
    if (el.kind === 'word') {
      if (wordHit(el, t)) next = k + 1;
    } else if (el.kind === 'pos') {
      if (el.tags.has(t.pos)) next = k + 1;
    } else next = spans[el.name]?.get(k) ?? -1;
    if (next >= 0) {
      const end = step(p, tokens, spans, e + 1, next);
      if (end >= 0) {
        // The anchor is the token of the pattern's first word: the motion word itself, not its particle.
        if (e === p.firstWord) anchor = k;
        return end;
      }
    }
  }
  return el.optional ? step(p, tokens, spans, e + 1, k) : -1;
}

/** The pattern matched from token `at`, or null. Gaps try the shortest skip first. */
export function matchAt(p: Pattern, tokens: readonly Token[], at: number, spans: Spans = {}): PatternMatch | null {
  const outer = anchor;
  anchor = -1;
  const end = step(p, tokens, spans, 0, at);
  const found = anchor;
  anchor = outer;
  return end >= 0 ? { start: at, end, anchor: found >= 0 ? found : at } : null;
}

/** Patterns indexed by the words they can start with, so a sentence is scanned once. */
export class PatternSet<T> {
  private byWord = new Map<string, Array<{ p: Pattern; value: T }>>();
  private anywhere: Array<{ p: Pattern; value: T }> = [];
  /** A pattern added twice under one word: its lists are then deduplicated like those of two words. */
  private repeated = false;

  add(p: Pattern, value: T): void {
    // Index by every word the pattern can start with: an optional first word, or the one after it.
    const keys = new Set<string>();
    for (const e of p.elements) {
      if (e.kind !== 'word') {
        this.anywhere.push({ p, value });
        return;
      }
      for (const w of [...e.words, ...e.exact]) keys.add(w);
      if (!e.optional) break;
    }
    for (const w of keys) {
      const list = this.byWord.get(w) ?? [];
      if (list.some((x) => x.p === p)) this.repeated = true;
      list.push({ p, value });
      this.byWord.set(w, list);
    }
  }

  /** True when some token of the sentence is a word a pattern of the set can start with. */
  mayMatch(tokens: readonly Token[]): boolean {
    return this.anywhere.length > 0 || tokens.some((t) => this.byWord.has(t.lower) || this.byWord.has(t.lemma) || this.byWord.has(t.text));
  }

  /** Every match in tokens [from, to) (matches may run past `to`), in token order; at one start, every pattern that matches there. */
  scan(tokens: readonly Token[], spans: Spans = {}, from = 0, to = tokens.length): Array<PatternMatch & { value: T; pattern: Pattern }> {
    const out: Array<PatternMatch & { value: T; pattern: Pattern }> = [];
    for (let k = from; k < to; k++) this.collect(tokens, k, spans, out);
    return out;
  }

  /** The matches that start at token k. */
  startingAt(tokens: readonly Token[], k: number, spans: Spans = {}): Array<PatternMatch & { value: T; pattern: Pattern }> {
    const out: Array<PatternMatch & { value: T; pattern: Pattern }> = [];
    if (k >= 0 && k < tokens.length) this.collect(tokens, k, spans, out);
    return out;
  }

  /** True when a match ends exactly at token `end` and starts at most `reach` tokens before it. */
  endsAt(tokens: readonly Token[], end: number, reach: number): boolean {
    for (let s = Math.max(0, end - reach); s < end; s++) if (this.startingAt(tokens, s).some((m) => m.end === end)) return true;
    return false;
  }

  private collect(tokens: readonly Token[], k: number, spans: Spans, out: Array<PatternMatch & { value: T; pattern: Pattern }>): void {
    const t = tokens[k]!;
    const a = this.byWord.get(t.lower);
    const b = t.lemma !== t.lower ? this.byWord.get(t.lemma) : undefined;
    const c = t.text !== t.lower ? this.byWord.get(t.text) : undefined;
    // Most tokens start no pattern; one list holds each pattern once, only two or three can share one.
    if (a && !b && !c && !this.repeated) this.tryAll(a, tokens, k, spans, out);
    else if (b && !a && !c && !this.repeated) this.tryAll(b, tokens, k, spans, out);
    else if (c && !a && !b && !this.repeated) this.tryAll(c, tokens, k, spans, out);
    else if (a || b || c) {
      const tried: Pattern[] = [];
      for (const list of [a, b, c]) {
        if (!list) continue;
        for (const x of list) {
          if (tried.includes(x.p)) continue;
          tried.push(x.p);
          const m = matchAt(x.p, tokens, k, spans);
          if (m) out.push({ ...m, value: x.value, pattern: x.p });
        }
      }
    }
    if (this.anywhere.length) this.tryAll(this.anywhere, tokens, k, spans, out);
  }

  private tryAll(list: ReadonlyArray<{ p: Pattern; value: T }>, tokens: readonly Token[], k: number, spans: Spans, out: Array<PatternMatch & { value: T; pattern: Pattern }>): void {
    for (const x of list) {
      const m = matchAt(x.p, tokens, k, spans);
      if (m) out.push({ ...m, value: x.value, pattern: x.p });
    }
  }
}
