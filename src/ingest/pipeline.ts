import type { ArticleInput } from '../schema/article.ts';
import { decodeSource } from './decode/index.ts';
import { cleanArticle } from './clean/index.ts';
import { readMeta, type MetaHints } from './meta/index.ts';
import { extractEvents, MAX_EVENTS } from './extract/index.ts';
import { sha256 } from '../lib/hash.ts';

export type Processed =
  | { ok: true; article: ArticleInput; body: string }
  | { ok: false; reason: string };

const MIN_WORDS = 8;

/** How many words a text has, counting no further than `max`: an article is not split into all its words to learn it has eight. */
function wordsUpTo(text: string, max: number): number {
  const word = /\p{L}+/gu;
  let n = 0;
  while (n < max && word.exec(text)) n++;
  return n;
}

/** One raw article in, one entry out: decode, clean, read metadata, extract events. Pure: no disk. */
export function processArticle(bytes: Uint8Array, sourceFile: string, hints: MetaHints = {}): Processed {
  const decoded = decodeSource(bytes, sourceFile);
  if (!decoded.ok) return decoded;
  const cleaned = cleanArticle(decoded.text, decoded.format);
  const words = wordsUpTo(cleaned.body, MIN_WORDS);
  // A page that is all menu or a single caption is not an article; eight words is less than any news sentence.
  if (words < MIN_WORDS) return { ok: false, reason: `no article text left after cleaning (${words} word${words === 1 ? '' : 's'})` };
  const meta = readMeta(cleaned, hints, sourceFile.replace(/\.[^.]+$/, ''));
  const asides = cleaned.removed.filter((r) => r.kind === 'caption' || r.kind === 'dateline').map((r) => r.text);
  const events = extractEvents(cleaned.body, { published: meta.published, window: meta.published_window, asides });
  const needs_review = [
    ...(meta.published ? [] : ['undated']),
    ...(events.some((e) => (e.confidence ?? 0.5) < 0.6) ? ['low-confidence'] : []),
    // The extractor stops at MAX_EVENTS: a list or table of moves needs a person to split it.
    ...(events.length >= MAX_EVENTS ? [`more than ${MAX_EVENTS} events; only the first ${MAX_EVENTS} were kept`] : []),
  ];
  return {
    ok: true,
    body: cleaned.body,
    article: {
      ...meta,
      source_file: sourceFile,
      source_sha256: sha256(bytes),
      needs_review,
      removed: cleaned.removed,
      events,
    },
  };
}
