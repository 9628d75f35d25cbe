import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkEntry, formatProblem, type LoadedEntry } from '../ingest/entries.ts';
import { contentDir } from '../lib/content-dir.ts';

/** Where an article's entry lives: content/articles/<id>.md (CONTENT_DIR for tests and the benchmark). */
export const articleFile = (id: string) => join(contentDir(), 'articles', `${id}.md`);

/**
 * An article's whole entry (validated frontmatter and clean text), read from its file when its page renders
 * or the timeline meets an entry it has not clustered yet: the content store keeps only a card of each
 * (article-card.ts).
 */
export function articleEntry(id: string): LoadedEntry {
  const file = articleFile(id);
  const checked = checkEntry(file, id, readFileSync(file, 'utf8'));
  if (!checked.entry) throw new Error(checked.problems.map(formatProblem).join('\n'));
  return checked.entry;
}
