import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { shardNames, type SearchRecord } from './records.ts';


// Part of every shard's digest: bump it when what goes into a bundle changes, so none is kept stale. (A new
// Pagefind comes with a new lock file, which empties the output folder: every shard is written again.)
const FORMAT = 1;

/** Which shards were indexed anew, which were kept as they were, and which went with the last of their pages. */
export interface SearchIndexReport { written: string[]; kept: string[]; removed: string[]; records: number }

/**
 * Writes the site's search index as one Pagefind bundle per shard under <outDir>/pagefind/<shard>/, from
 * records rather than from the built HTML, indexing only the shards whose records changed since the index
 * in that folder was written (their digests are kept in pagefind/shards.json).
 */
export async function writeSearchIndex(outDir: string, records: SearchRecord[]): Promise<SearchIndexReport> {
  const root = join(outDir, 'pagefind');
  const manifestFile = join(root, 'shards.json');
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  } catch {
    // No index here yet, or one from an older layout: every shard is written.
  }
  const groups = new Map<string, SearchRecord[]>(shardNames(records.map((r) => r.shard)).map((s) => [s, []]));
  for (const r of records) groups.get(r.shard)!.push(r);
  const digests = new Map([...groups].map(([name, list]) => [name, createHash('sha1').update(`${FORMAT}\n`).update(JSON.stringify([...list].sort((a, b) => a.url.localeCompare(b.url)))).digest('hex')]));
  const changed = [...groups.keys()].filter((name) => before[name] !== digests.get(name) || !existsSync(join(root, name, 'pagefind.js')));
  try {
    // Pagefind indexes in its own process; shards go to it together and it works on them side by side.
    await Promise.all(changed.map(async (name) => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`search index ${name}: ${errors.join('; ')}`);
      const added = await Promise.all(groups.get(name)!.map(({ url, content, meta }) => index.addCustomRecord({ url, content, meta, language: 'en' })));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`search index ${name}: ${failed.slice(0, 3).join('; ')}`);
      rmSync(join(root, name), { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: join(root, name) });
      if (written.errors.length) throw new Error(`search index ${name}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    }));
  } finally {
    await pagefind.close();
  }
  mkdirSync(root, { recursive: true });
  const removed = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !groups.has(d.name)).map((d) => d.name);
  for (const name of removed) rmSync(join(root, name), { recursive: true, force: true });
  writeFileSync(manifestFile, JSON.stringify(Object.fromEntries(digests), null, 1));
  return { written: changed, kept: [...groups.keys()].filter((n) => !changed.includes(n)), removed, records: records.length };
}
