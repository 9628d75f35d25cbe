import type { ArticleInput } from '../schema/article.ts';
import { decodeSource } from './decode/index.ts';
import { cleanArticle } from './clean/index.ts';
import { readMeta, type MetaHints } from './meta/index.ts';
import { extractEvents } from './extract/index.ts';
import { sha256 } from '../lib/hash.ts';

export type Processed =
  | { ok: true; article: ArticleInput; body: string }
  | { ok: false; reason: string };

/** One raw article in, one entry out: decode, clean, read metadata, extract events. Pure: no disk. */
export function processArticle(bytes: Uint8Array, sourceFile: string, hints: MetaHints = {}): Processed {
  const decoded = decodeSource(bytes, sourceFile);
  if (!decoded.ok) return decoded;
  const cleaned = cleanArticle(decoded.text, decoded.format);
  if (!cleaned.body.trim()) return { ok: false, reason: 'no article text left after cleaning' };
  const meta = readMeta(cleaned, hints, sourceFile.replace(/\.[^.]+$/, ''));
  const events = extractEvents(cleaned.body, { published: meta.published, window: meta.published_window });
  const needs_review = [
    ...(meta.published ? [] : ['undated']),
    ...(events.some((e) => (e.confidence ?? 0.5) < 0.6) ? ['low-confidence'] : []),
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
