import type { Cleaned } from '../clean/index.ts';
import { publicationDate } from './published.ts';
import { publicationWindow } from './window.ts';
import { titleOf, withoutOutlet } from './title.ts';

export interface MetaHints {
  /** Publication day the editor gives, YYYY-MM-DD. */
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

const oneLine = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim() || undefined;

/**
 * Title, outlet, author and publication date: the editor's hints first, then what the file carries
 * (meta tags, front matter, a dateline, a site marker), then the text. Without a date, the window the
 * text bounds.
 */
export function readMeta(cleaned: Cleaned, hints: MetaHints, fallbackTitle: string): Meta {
  const publisher = oneLine(hints.publisher) ?? oneLine(cleaned.embedded.publisher) ?? null;
  const embeddedTitle = oneLine(cleaned.embedded.title);
  const fromText = hints.published ? null : (cleaned.embedded.published ?? publicationDate(cleaned.raw));
  const published = hints.published ?? fromText ?? null;
  return {
    title: oneLine(hints.title) ?? (embeddedTitle && withoutOutlet(embeddedTitle, publisher)) ?? titleOf(cleaned.body) ?? fallbackTitle,
    publisher,
    byline: oneLine(cleaned.embedded.byline) ?? null,
    url: oneLine(hints.url) ?? oneLine(cleaned.embedded.url) ?? null,
    published,
    published_source: hints.published ? (hints.publishedFrom ?? 'flag') : published ? 'text' : null,
    published_window: published ? null : publicationWindow(cleaned.body),
  };
}
