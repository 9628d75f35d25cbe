import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { entryBody } from '../entry/index.ts';

/**
 * An article's clean text, read from its entry file when its page renders (the content store holds only
 * the frontmatter; see article-loader.ts). `filePath` is relative to the project root, where Astro runs.
 */
export function articleBody(filePath: string): string {
  return entryBody(readFileSync(resolve(filePath), 'utf8'));
}
