import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

/** One Pagefind bundle to be: its name, a digest of its records, and the records, built only if it must be written. */
export interface Shard { name: string; digest: string; records: () => SearchRecord[] }

// What a bundle holds besides its index: Pagefind's script, worker, WebAssembly and UI (about 600 KB). The
// search page loads them from the first bundle only; the others are merged into it, and the merged ones
// need only their entry file, meta, index and fragments. So only the first bundle keeps them.
const RUNTIME = /^(pagefind(-[a-z]+)*-ui\.(js|css)|pagefind-highlight\.js|pagefind\.js|pagefind-worker\.js|wasm\.[a-z-]+\.pagefind)$/;
const COMPLETE = 'pagefind-entry.json';

/** Which shards were indexed anew, which were kept as they were, and which went with the last of their pages. */
export interface SearchIndexReport { written: string[]; kept: string[]; removed: string[]; records: number }

/**
 * Writes the site's search index as one Pagefind bundle per shard under <outDir>/pagefind/<shard>/, from
 * records rather than from the built HTML, indexing only the shards whose digest changed since the index in
 * that folder was written (the digests are kept in pagefind/shards.json). `size` is the number of records
 * in all shards, for the report.
 */
export async function writeSearchIndex(outDir: string, shards: Shard[], size: number): Promise<SearchIndexReport> {
  const root = join(outDir, 'pagefind');
  const manifestFile = join(root, 'shards.json');
  let before: Record<string, string> = {};
  try {
    before = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string>;
  } catch {
    // No index here yet, or one from an older layout: every shard is written.
  }
  shards = [...shards].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // The first bundle must have the runtime: one that had been stripped (it was not first) is indexed again.
  const first = shards[0]?.name;
  const changed = shards.filter((s) => before[s.name] !== s.digest || !existsSync(join(root, s.name, COMPLETE)) || (s.name === first && !existsSync(join(root, s.name, 'pagefind.js'))));
  try {
    // Pagefind indexes in its own process; shards go to it together and it works on them side by side.
    await Promise.all(changed.map(async ({ name, records }) => {
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(`search index ${name}: ${errors.join('; ')}`);
      const added = await Promise.all(records().map(({ url, content, meta }) => index.addCustomRecord({ url, content, meta, language: 'en' })));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`search index ${name}: ${failed.slice(0, 3).join('; ')}`);
      rmSync(join(root, name), { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: join(root, name) });
      if (written.errors.length) throw new Error(`search index ${name}: ${written.errors.join('; ')}`);
      await index.deleteIndex();
    }));
  } finally {
    if (changed.length) await pagefind.close();
  }
  mkdirSync(root, { recursive: true });
  for (const s of shards) {
    if (s.name === first || !existsSync(join(root, s.name, 'pagefind.js'))) continue;
    for (const f of readdirSync(join(root, s.name))) if (RUNTIME.test(f)) rmSync(join(root, s.name, f));
  }
  const names = new Set(shards.map((s) => s.name));
  const removed = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory() && !names.has(d.name)).map((d) => d.name);
  for (const name of removed) rmSync(join(root, name), { recursive: true, force: true });
  const manifest = `${JSON.stringify(Object.fromEntries(shards.map((s) => [s.name, s.digest])), null, 1)}`;
  if (!existsSync(manifestFile) || readFileSync(manifestFile, 'utf8') !== manifest) writeFileSync(manifestFile, manifest);
  return { written: changed.map((s) => s.name), kept: shards.filter((s) => !changed.includes(s)).map((s) => s.name), removed, records: size };
}
