// Reads the lexicons in src/data/lexicon/: plain text, one entry a line, `#` starts a comment, a
// `[section]` line starts a section. A malformed line stops the load with the file, line and reason.
import { readFileSync } from 'node:fs';

export interface LexiconLine { file: string; line: number; section: string | null; fields: string[] }

const DIR = new URL('../../data/lexicon/', import.meta.url);
const cache = new Map<string, LexiconLine[]>();

/** The entries of one lexicon file, fields split on two or more spaces or a tab. */
export function readLexicon(name: string, text?: string): LexiconLine[] {
  const hit = text === undefined ? cache.get(name) : undefined;
  if (hit) return hit;
  const source = text ?? readFileSync(new URL(name, DIR), 'utf8');
  const out: LexiconLine[] = [];
  let section: string | null = null;
  source.split('\n').forEach((raw, k) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const head = /^\[([a-z-]+)\]$/.exec(line);
    if (head) {
      section = head[1]!;
      return;
    }
    out.push({ file: name, line: k + 1, section, fields: line.split(/\t+|\s{2,}/) });
  });
  if (text === undefined) cache.set(name, out);
  return out;
}

/** An error that names where in which lexicon a line is wrong. */
export function lexiconError(at: LexiconLine, reason: string): Error {
  return new Error(`src/data/lexicon/${at.file}, line ${at.line}: ${reason}`);
}
