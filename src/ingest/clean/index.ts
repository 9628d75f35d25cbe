// Placeholder: the clean stage is filled in by the input work.
import type { Removal } from '../../schema/article.ts';
import type { SourceFormat } from '../decode/index.ts';

export interface Cleaned {
  /** The article text, paragraphs separated by blank lines. */
  body: string;
  /** What was taken out, verbatim. */
  removed: Removal[];
  /** Metadata the format itself carries (HTML <title>, meta tags, Markdown frontmatter). */
  embedded: { title?: string; byline?: string; publisher?: string; published?: string; url?: string };
}

/** Separates the article from what is not the article. */
export function cleanArticle(text: string, _format: SourceFormat): Cleaned {
  const body = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean).join('\n\n');
  return { body, removed: [], embedded: {} };
}
