// Named operations: "Operation Legend", 'an operation known internally as "Charlotte's Web"',
// 'launched "Operation Catahoula Crunch"', 'the so-called Operation Metro Surge'.
import { readLexicon } from './lexicon.ts';

export interface OperationMention { name: string; index: number; end: number }

let patterns: { named: RegExp; cued: RegExp; quotedKind: RegExp; pointer: RegExp } | null = null;

// Cue words match in either case of their first letter; the name after them must be capitalised.
const alt = (words: string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+').replace(/^([a-z])/, (c) => `[${c}${c.toUpperCase()}]`)).sort((a, b) => b.length - a.length).join('|');

function compile(): NonNullable<typeof patterns> {
  const lines = readLexicon('operations.txt');
  const naming = alt(lines.filter((l) => l.section === 'naming').map((l) => l.fields.join(' ')));
  const kind = alt(lines.filter((l) => l.section === 'kind').map((l) => l.fields.join(' ')));
  // A name: capitalised words, with "of", "the", "and" inside, and a possessive ("Charlotte's Web").
  const NAME = String.raw`[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|de|la))*`;
  return {
    named: new RegExp(String.raw`\bOperation\s+(${NAME})`, 'g'),
    cued: new RegExp(String.raw`\b(?:${naming})\s+(?:["“‘']([^"”’']{2,50})["”’']|(Operation\s+${NAME}))`, 'g'),
    // "the operation's launch", "the initiative began": an operation the text has named before.
    pointer: new RegExp(String.raw`\b(?:the|this)\s+(?:${kind})\b`, 'i'),
    quotedKind: new RegExp(String.raw`["“]([A-Z][^"”]{1,48})["”]\s+(?:${kind})\b|\b(?:${kind})\s+["“]([A-Z][^"”]{1,48})["”]`, 'g'),
  };
}

// What every pattern needs: "Operation", or a quotation mark (a single one only after a space). Most sentences have none.
const MAY_NAME = /Operation|["“‘]|\s'/;

/** Operation names a sentence states, as the text gives them ("Operation X" when it says so). */
export function findOperations(sentence: string): OperationMention[] {
  if (!MAY_NAME.test(sentence)) return [];
  patterns ??= compile();
  const out: OperationMention[] = [];
  const add = (name: string, index: number, end: number) => {
    // A closing quote the name's apostrophes let in ("Operation Jagdkommando'") is not part of it.
    const clean = name.replace(/\s+(?:of|the|and|de|la)$/, '').replace(/[.,;:]$/, '').replace(/['’]+$/, '').trim();
    // "Operation Lone Star" is Texas's own, and "Operation Warp Speed" a vaccine drive: names, not moves, unless the text ties them to enforcement.
    if (clean.length < 3 || out.some((o) => o.index <= index && o.end >= end)) return;
    out.push({ name: clean, index, end });
  };
  for (const m of sentence.matchAll(patterns.named)) add(`Operation ${m[1]!}`, m.index, m.index + m[0].length);
  for (const m of sentence.matchAll(patterns.cued)) add(m[1] ?? m[2]!, m.index, m.index + m[0].length);
  for (const m of sentence.matchAll(patterns.quotedKind)) add(m[1] ?? m[2]!, m.index, m.index + m[0].length);
  return out.sort((a, b) => a.index - b.index);
}

/** Whether a sentence points back at an operation by its kind ("the operation's launch", "the initiative"). */
export function pointsAtOperation(sentence: string): boolean {
  patterns ??= compile();
  return patterns.pointer.test(sentence);
}
