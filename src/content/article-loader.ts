import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { parseEntry } from '../entry/index.ts';
import { Article } from '../schema/article.ts';

/**
 * Loads content/articles/*.md with the entry format the ingest writes (src/entry/: YAML 1.2, nothing in
 * a file ever run). Bodies stay in the files (see article-body.ts): Astro embeds its whole store in the build as
 * one JavaScript string, and 10,000 bodies made that 67 MB, bundled and compiled on every build, for the
 * one page per article that reads its body.
 *
 * Astro keeps the store between builds; an entry whose text and schema are unchanged is kept as parsed
 * last time, so a rebuild after one new article parses one file, not all of them.
 */
// Part of every entry's digest: bump it when the loader changes what it stores or how it reads a file
// (3: YAML 1.2), so no old entry is kept.
const LOADER_VERSION = 3;

export function articleLoader(dir: string): Loader {
  return {
    name: 'article-loader',
    load: async ({ store, parseData, generateDigest, config }) => {
      const root = fileURLToPath(config.root);
      // Astro clears the store when content.config.ts changes, but not when a schema it imports does.
      const schema = generateDigest(`${LOADER_VERSION}\n${JSON.stringify(z.toJSONSchema(Article, { io: 'input', unrepresentable: 'any' }))}`);
      const present = new Set<string>();
      const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort() : [];
      for (const name of names) {
        const filePath = join(dir, name);
        const text = readFileSync(filePath, 'utf8');
        const id = name.replace(/\.md$/, '');
        present.add(id);
        const digest = generateDigest(`${schema}\n${text}`);
        if (store.get(id)?.digest === digest) continue;
        let entry;
        try {
          entry = parseEntry(text);
        } catch (e) {
          throw new Error(`${filePath}: front matter cannot be read: ${(e as Error).message.split('\n')[0]}`);
        }
        // Astro wants paths relative to the project root (CONTENT_DIR may lie outside it).
        const rel = relative(root, filePath);
        const data = await parseData({ id, data: entry.data, filePath: rel });
        store.set({ id, data, filePath: rel, digest });
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
    },
  };
}
