import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeAtomic } from '../entry/index.ts';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { Article } from '../schema/article.ts';
import { ArticleCard } from './article-card.ts';
import { checkEntry, formatProblem } from '../ingest/entries.ts';
import { parsedEntries } from './article-entry.ts';
import { timed } from '../build/phases.ts';

/**
 * Loads content/articles/*.md with the entry format the ingest writes (src/entry/: YAML 1.2, nothing in a
 * file ever run), validates each new or changed entry with the Article schema, and keeps a card of each in the
 * store (article-card.ts). Astro serializes its whole store after every change, embeds it in the build as
 * one JavaScript string and reads it back: with whole entries that was 12 MB at 10,000 articles, about 1.5 s
 * of every build; the timeline and the article pages read whole entries themselves, only those that changed.
 *
 * A file whose size, times and inode are those of the last build is not read at all; one whose text and
 * schema are unchanged is not parsed. A broken entry stops the build naming the file, the field and the
 * reason, one line each, as `npm run check:content` does.
 */
// Part of every entry's digest: bump it when the loader changes what it stores or how it reads a file
// (3: YAML 1.2; 4: a card per entry), so no old entry is kept.
const LOADER_VERSION = 4;

/** The file as the last build saw it: when this is unchanged, so is the file (as `make` and git assume). */
const fileKey = (path: string) => {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
};

function readFiles(file: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function articleLoader(dir: string): Loader {
  return {
    name: 'article-loader',
    load: ({ store, meta, parseData, generateDigest, config }) => timed('content store sync (loader)', async () => {
      // Astro clears the store when content.config.ts changes, but not when a schema it imports does.
      const schema = generateDigest(`${LOADER_VERSION}\n${JSON.stringify(z.toJSONSchema(Article, { io: 'input', unrepresentable: 'any' }))}\n${JSON.stringify(z.toJSONSchema(ArticleCard))}`);
      // What each file was when last stored, kept apart from the store (which is bundled into the build).
      const filesIndex = join(fileURLToPath(config.cacheDir), 'article-files.json');
      const sameSchema = meta.get('schema') === schema;
      const before = sameSchema ? readFiles(filesIndex) : {};
      const seen = before;
      const files: Record<string, string> = {};
      const problems: string[] = [];
      const present = new Set<string>();
      const names = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort() : [];
      for (const name of names) {
        const filePath = join(dir, name);
        const id = name.replace(/\.md$/, '');
        present.add(id);
        const stored = store.get(id)?.digest;
        // The file as it was when the entry in the store was made from it: nothing to read.
        const key = `${fileKey(filePath)}|${stored}`;
        if (stored !== undefined && seen[name] === key) {
          files[name] = key;
          continue;
        }
        const text = readFileSync(filePath, 'utf8');
        const digest = generateDigest(`${schema}\n${text}`);
        if (stored !== digest) {
          const checked = checkEntry(filePath, id, text);
          if (!checked.entry) {
            problems.push(...checked.problems.map((p) => formatProblem({ ...p, file: relative(process.cwd(), p.file) })));
            continue;
          }
          parsedEntries().set(id, { digest, entry: checked.entry });
          // No file path in the store either: the pages know where entries live (article-entry.ts).
          const data = await parseData({ id, data: { published: checked.entry.data.published } });
          store.set({ id, data, digest });
        }
        files[name] = `${fileKey(filePath)}|${digest}`;
      }
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);
      if (problems.length) {
        throw new Error(`${problems.join('\n')}\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the entries; fix the fields named above and build again.`);
      }
      meta.set('schema', schema);
      if (JSON.stringify(files) !== JSON.stringify(before)) writeAtomic(filesIndex, JSON.stringify(files));
    }),
  };
}
