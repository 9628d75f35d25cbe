import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry, formatProblem, type LoadedEntry } from '../ingest/entries.ts';
import { contentDir } from '../lib/content-dir.ts';

/** Where an article's entry lives: content/articles/<id>.md (CONTENT_DIR for tests and the benchmark). */
export const articleFile = (id: string) => join(contentDir(), 'articles', `${id}.md`);

const PARSED = Symbol.for('redeployment-timeline.parsed-entries');
/**
 * Entries this process has just parsed (the content loader, as it validated them), by id with their store
 * digest: the timeline, the article pages and the search index take them from here instead of parsing them
 * again (the loader runs in the same process as the pages, before them; a full build would otherwise parse
 * every entry three times).
 */
export function parsedEntries(): Map<string, { digest: string; entry: LoadedEntry }> {
  const g = globalThis as { [PARSED]?: Map<string, { digest: string; entry: LoadedEntry }> };
  return (g[PARSED] ??= new Map());
}

/**
 * An article's whole entry (validated frontmatter and clean text): as the loader parsed it in this process
 * when its store digest is `digest`, else read from its file (the content store keeps only a card of each,
 * article-card.ts).
 */
export function articleEntry(id: string, digest?: string): LoadedEntry {
  const parsed = parsedEntries().get(id);
  if (parsed && digest !== undefined && parsed.digest === digest) return parsed.entry;
  const file = articleFile(id);
  const checked = checkEntry(file, id, readFileSync(file, 'utf8'));
  if (!checked.entry) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return checked.entry;
}
