import type { Removal } from '../../schema/article.ts';
import type { SourceFormat } from '../decode/index.ts';
import { cleanLines } from './lines.ts';
import { markdownToText } from './markdown.ts';
import { htmlToArticle } from './html.ts';
import { unwrapLines } from './unwrap.ts';

export interface Embedded { title?: string | undefined; byline?: string | undefined; publisher?: string | undefined; published?: string | undefined; url?: string | undefined }

export interface Cleaned {
  /** The article text, paragraphs separated by blank lines. */
  body: string;
  /** What was taken out, verbatim. */
  removed: Removal[];
  /** Metadata the format itself carries (HTML meta tags, Markdown frontmatter, a dateline). */
  embedded: Embedded;
  /** The text as decoded, before cleaning: the metadata stage reads its header lines. */
  raw: string;
}

/** Separates the article from what is not the article, recording every removal. */
export function cleanArticle(text: string, format: SourceFormat): Cleaned {
  if (format === 'html') {
    const page = htmlToArticle(text);
    const lines = cleanLines(page.text);
    return { body: lines.body, removed: [...page.removed, ...lines.removed], embedded: { ...lines.embedded, ...page.embedded }, raw: page.text };
  }
  const md = format === 'markdown' ? markdownToText(text) : { text, removed: [], embedded: {} };
  const lines = cleanLines(unwrapLines(md.text));
  return { body: lines.body, removed: [...md.removed, ...lines.removed], embedded: { ...lines.embedded, ...md.embedded }, raw: text };
}
