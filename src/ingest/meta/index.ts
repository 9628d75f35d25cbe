// Placeholder: the meta stage is filled in by the input work.
import type { Cleaned } from '../clean/index.ts';

export interface MetaHints { published?: string; url?: string; publisher?: string; title?: string }
export interface Meta {
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  published_source: 'text' | 'sidecar' | 'flag' | 'editor' | 'inferred' | null;
  published_window: [string, string] | null;
}

/** Title, outlet, author and publication date, from the editor's hints first, then the text. */
export function readMeta(cleaned: Cleaned, hints: MetaHints, fallbackTitle: string): Meta {
  const firstLine = cleaned.body.split('\n')[0] ?? '';
  return {
    title: hints.title ?? cleaned.embedded.title ?? (firstLine.slice(0, 120) || fallbackTitle),
    publisher: hints.publisher ?? cleaned.embedded.publisher ?? null,
    byline: cleaned.embedded.byline ?? null,
    url: hints.url ?? cleaned.embedded.url ?? null,
    published: hints.published ?? null,
    published_source: hints.published ? 'flag' : null,
    published_window: null,
  };
}
