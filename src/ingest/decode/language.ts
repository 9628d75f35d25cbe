import { franc } from 'franc-min';
import { isSpace } from '../../lib/spaces.ts';

const ENGLISH = new Set(['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said', 'were', 'are', 'from', 'on', 'a', 'by', 'it', 'as', 'at']);

const NAMES: Record<string, string> = {
  spa: 'Spanish', fra: 'French', por: 'Portuguese', deu: 'German', ita: 'Italian', rus: 'Russian', cmn: 'Chinese', arb: 'Arabic',
  jpn: 'Japanese', kor: 'Korean', vie: 'Vietnamese', tgl: 'Tagalog', hin: 'Hindi', ukr: 'Ukrainian', pol: 'Polish', nld: 'Dutch', tur: 'Turkish',
};

/** The length of the text with its runs of white space as one space each, counted no further than `max`. */
function collapsedLength(text: string, max: number): number {
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length && n < max; i++) {
    const white = isSpace(text.charCodeAt(i));
    if (!white || !space) n++;
    space = white;
  }
  return n;
}

// The longest of the ENGLISH words: a longer run of letters is counted, never cut out and looked up.
const LONGEST = Math.max(...[...ENGLISH].map((w) => w.length));

/** How many runs of [a-z'] a lower-case text has, and how many of them are ENGLISH words. */
function commonWords(text: string): { words: number; common: number } {
  let words = 0;
  let common = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || c === 39)) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && ((text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122) || text.charCodeAt(i) === 39)) i++;
    words++;
    if (i - start <= LONGEST && ENGLISH.has(text.slice(start, i))) common++;
  }
  return { words, common };
}

/** The language of a text when it is confidently not English (name, e.g. "Spanish"); null for English or when unsure. */
export function detectLanguage(text: string): string | null {
  // A sample from the middle avoids English boilerplate at the top of translated pages; short texts are not judged.
  const sample = text.length > 3000 ? text.slice(Math.floor(text.length / 2) - 1500, Math.floor(text.length / 2) + 1500) : text;
  if (collapsedLength(sample, 250) < 250) return null;
  // Plain English is recognised from its commonest words at once; franc runs only on the rest.
  const { words: total, common } = commonWords(sample.toLowerCase());
  if (total && common / total > 0.12) return null;
  // Too few different words to judge a language from (a repeated word, a list of names).
  if (new Set(sample.toLowerCase().match(/\p{L}+/gu) ?? []).size < 25) return null;
  const code = franc(sample, { minLength: 250 });
  if (code === 'und' || code === 'eng' || code === 'sco') return null;
  // franc-min mistakes some English for a neighbour now and then; require that common English words are rare too.
  const words = sample.toLowerCase().match(/[a-z']+/g) ?? [];
  const english = words.filter((w) => /^(the|and|of|to|in|is|that|for|was|with|said|were|are|from)$/.test(w)).length;
  if (words.length && english / words.length > 0.08) return null;
  return NAMES[code] ?? code;
}
