// The JavaScript a built page loads: its <script src> files and every module they import, with gzipped sizes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every script file a page in `root` loads (entries first, then their static imports), each with its gzipped bytes. */
export function pageScripts(root: string, page: string): Array<{ file: string; gzip: number }> {
  const html = readFileSync(join(root, page, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => join(root, m[1]!.replace(/^\//, '')));
  const seen = new Set<string>();
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const js = readFileSync(file, 'utf8');
    for (const m of js.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) queue.push(join(dirname(file), m[1]!));
  }
  return [...seen].map((file) => ({ file: file.slice(root.length), gzip: gzipSync(readFileSync(file), { level: 9 }).length }));
}
