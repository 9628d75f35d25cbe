import { processArticle } from './pipeline.ts';
import { parseEntry, stringifyEntry } from '../entry/index.ts';
import { mergeWithExisting } from './write/merge.ts';
import type { MetaHints } from './meta/index.ts';
import { Article } from '../schema/article.ts';

/** One input, everything the ingest needs to turn it into an entry; plain data, so it can cross to a worker. */
export interface IngestJob {
  bytes: Uint8Array;
  sourceFile: string;
  hints: MetaHints;
  /** The entry already on disk for this article, as text, or null. */
  before: string | null;
  entryPath: string;
}

export type IngestOutcome =
  | { ok: true; text: string; events: number }
  | { ok: false; reason: string };

/** Raw article and the entry on disk in, the entry's new text out (or why not). Pure: no disk, no argv. */
export function ingestOne(job: IngestJob): IngestOutcome {
  let existing: Record<string, unknown> | null = null;
  if (job.before !== null) {
    try {
      existing = parseEntry(job.before).data;
    } catch (e) {
      return { ok: false, reason: `its entry ${job.entryPath} cannot be read (${(e as Error).message.split('\n')[0]}); fix or delete it first` };
    }
    if (existing.source_file && existing.source_file !== job.sourceFile) {
      return { ok: false, reason: `its entry name is already used by ${String(existing.source_file)}; rename the file` };
    }
  }
  const result = processArticle(job.bytes, job.sourceFile, job.hints);
  if (!result.ok) return result;
  // Parsed through the schema, so every field an editor may set is written out, with its default.
  const checked = Article.safeParse(mergeWithExisting(result.article, existing));
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, reason: `its entry would not be valid: ${issue.path.join('.')}: ${issue.message}` };
  }
  const text = stringifyEntry({ data: checked.data as Record<string, unknown>, body: result.body });
  return { ok: true, text, events: checked.data.events?.length ?? 0 };
}

/** The same, never throwing: an unexpected failure is that input's rejection, not the run's end. */
export function ingestOneSafely(job: IngestJob): IngestOutcome {
  try {
    return ingestOne(job);
  } catch (e) {
    return { ok: false, reason: `unexpected error: ${(e as Error).message.split('\n')[0]}` };
  }
}
