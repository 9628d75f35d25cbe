import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseEntry } from '../ingest/write/frontmatter.ts';

/**
 * Loads content/articles/*.md with the same hardened gray-matter the ingest uses (no JavaScript front
 * matter) and keeps the body as text: the article page renders it itself, so Astro's own Markdown
 * pipeline never runs over 10,000 bodies that nothing would read.
 */
export function articleLoader(dir: string): Loader {
  return {
    name: 'article-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      store.clear();
      if (!existsSync(dir)) return;
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort()) {
        const filePath = join(dir, name);
        const text = readFileSync(filePath, 'utf8');
        let entry;
        try {
          entry = parseEntry(text);
        } catch (e) {
          throw new Error(`${filePath}: front matter cannot be read: ${(e as Error).message.split('\n')[0]}`);
        }
        const id = name.replace(/\.md$/, '');
        // Astro wants paths relative to the project root (CONTENT_DIR may lie outside it).
        const rel = relative(root, filePath);
        const data = await parseData({ id, data: entry.data, filePath: rel });
        store.set({ id, data, body: entry.body, filePath: rel, digest: generateDigest(text) });
      }
    },
  };
}
