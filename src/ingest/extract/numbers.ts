// Numbers as articles write them: "1,400", "1.5 million", "two hundred", "a dozen". Figures are read
// here; numbers in words go to compromise (loaded only when a sentence has one), which knows English
// number words better than any table we would keep.
import { createRequire } from 'node:module';
import type { Token } from './nlp.ts';

type Compromise = (text: string) => { numbers(): { get(): unknown[] } };
let compromise: Compromise | null = null;

const SCALE: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
// Words for a size without a figure: "hundreds of agents", "several hundred troops".
const VAGUE = /^(?:hundreds|thousands|dozens|scores|several|many|a few|few|numerous)$/;

export interface NumberSpan { value: number | null; start: number; end: number; text: string }

function isNumberWord(t: Token): boolean {
  return t.pos === 'NUM' || t.lower in SCALE || t.lower === 'dozen' || /^(?:hundreds|thousands|dozens)$/.test(t.lower);
}

function wordsToNumber(text: string): number | null {
  compromise ??= createRequire(import.meta.url)('compromise') as Compromise;
  const v = compromise(text).numbers().get()[0];
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
}

/** The number written at token `k` (a run of number tokens), or null when there is none; `readWords: false` leaves numbers in words unread (value null). */
export function numberAt(tokens: readonly Token[], k: number, readWords = true): NumberSpan | null {
  const t = tokens[k];
  if (!t || !isNumberWord(t)) return null;
  let end = k + 1;
  while (end < tokens.length && (isNumberWord(tokens[end]!) || (tokens[end]!.text === '-' && tokens[end + 1] && tokens[end + 1]!.pos === 'NUM'))) end++;
  const words = tokens.slice(k, end).map((x) => x.text);
  const text = words.join(' ').replace(/ - /g, '-');
  let value: number | null;
  if (/^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$/.test(words[0]!)) {
    value = Number(words[0]!.replace(/,/g, ''));
    for (const w of words.slice(1)) value *= SCALE[w.toLowerCase()] ?? 1;
  } else if (VAGUE.test(words[0]!.toLowerCase()) || /^(?:hundreds|thousands|dozens)$/i.test(words[words.length - 1]!)) value = null;
  else if (/^[a-z-]+(?: [a-z-]+)*$/i.test(text)) {
    // "a dozen" is twelve; compromise reads the rest.
    value = /^dozen$/i.test(text) ? 12 : readWords ? wordsToNumber(text) : null;
  } else value = null;
  if (value !== null) value = Math.round(value);
  return { value, start: k, end, text };
}
