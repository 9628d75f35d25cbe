import type { Cleaned } from '../clean/index.ts';
import { publicationDate } from './published.ts';
import { publicationWindow } from './window.ts';
import { titleOf } from './title.ts';

export interface MetaHints {
  published?: string | undefined;
  /** Where `published` came from when given: a command-line flag or a sidecar file. */
  publishedFrom?: 'flag' | 'sidecar' | undefined;
  url?: string | undefined;
  publisher?: string | undefined;
  title?: string | undefined;
}

export interface Meta {
  title: string;
  publisher: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  published_source: 'text' | 'sidecar' | 'flag' | 'editor' | 'inferred' | null;
  published_window: [string, string] | null;
}

/** Title, outlet, author and publication date: the editor's hints first, then what the file carries, then the text. */
export function readMeta(cleaned: Cleaned, hints: MetaHints, fallbackTitle: string): Meta {
  const fromText = hints.published ? null : cleaned.embedded.published ?? publicationDate(cleaned.raw);
  const published = hints.published ?? fromText ?? null;
  return {
    title: hints.title ?? cleaned.embedded.title ?? titleOf(cleaned.raw, cleaned.body) ?? fallbackTitle,
    publisher: hints.publisher ?? cleaned.embedded.publisher ?? null,
    byline: cleaned.embedded.byline ?? null,
    url: hints.url ?? cleaned.embedded.url ?? null,
    published,
    published_source: hints.published ? (hints.publishedFrom ?? 'flag') : published ? 'text' : null,
    published_window: published ? null : publicationWindow(cleaned.body),
  };
}
