import { z } from 'astro/zod';
import { ArticleEvent, realDate } from './event.ts';

/** Something the cleaner took out of the raw text, kept so nothing disappears silently. */
export const Removal = z.object({
  /** Why it went: caption, byline, bio, teaser, comments, share, dateline, boilerplate. */
  kind: z.string(),
  /** The removed text, verbatim (long blocks are kept whole). */
  text: z.string(),
});
export type Removal = z.output<typeof Removal>;

/** Day precision date, YYYY-MM-DD. */
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')
  .refine(realDate, 'not a real calendar day');

/** Frontmatter of content/articles/<slug>.md; the body is the cleaned article text. */
export const Article = z.object({
  /** Headline: from the text, the HTML, or the editor. */
  title: z.string().min(1),
  /** Outlet, when detectable. */
  publisher: z.string().nullable().default(null),
  /** Author line, when detectable. */
  byline: z.string().nullable().default(null),
  /** The article's address on the web, when known. */
  url: z.string().url().nullable().default(null),
  /** Publication day, or null when neither the text nor the editor gives it. */
  published: Day.nullable(),
  /** Where `published` came from: the text, a sidecar file, a command-line flag, an editor, or inference. */
  published_source: z.enum(['text', 'sidecar', 'flag', 'editor', 'inferred']).nullable().default(null),
  /** Earliest and latest publication day the text allows, when `published` is null. */
  published_window: z.tuple([Day, Day]).nullable().default(null),
  /** The raw file's name under content/sources/, byte-for-byte as received. */
  source_file: z.string().min(1),
  /** sha256 of the raw file, to tell a changed source from an unchanged one. */
  source_sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** ISO 639-3 language code of the body, as detected. */
  language: z.string().default('eng'),
  /** What needs a human: 'undated', 'low-confidence', ... */
  needs_review: z.array(z.string()).default([]),
  /** What cleaning removed. */
  removed: z.array(Removal).default([]),
  /** The redeployment actions this article reports; empty is normal. */
  events: z.array(ArticleEvent).default([]),
  /** An editor checked the article's metadata; re-ingesting keeps it. */
  reviewed: z.boolean().default(false),
  /** An editor's note about the article. */
  note: z.string().nullable().default(null),
});
export type Article = z.output<typeof Article>;
export type ArticleInput = z.input<typeof Article>;
