import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One input of an ingest run, as the report names it: a file to ingest, or why it is not one. */
export type Input = { path: string; take: true } | { path: string; take: false; verdict: 'skipped' | 'rejected'; reason: string };

/** A sidecar: metadata for the article of the same name beside it, read with that article. */
export const SIDECAR = /\.meta\.(json|ya?ml)$/i;

const stem = (name: string) => name.replace(/\.[^.]*$/, '');
const why = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0];

/**
 * Every input the paths name, in order, folders expanded (entries sorted by name). Nothing is left out
 * without a word: hidden files and folders found inside a folder, sidecars without an article, links
 * back to a folder already read, a file named twice and what is not a regular file are `skipped`, with the reason; what
 * cannot be read is `rejected`. Sidecars that have their article are not inputs of their own.
 */
export function listInputs(paths: string[]): Input[] {
  const out: Input[] = [];
  const seen = new Set<string>();
  const taken = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      const code = why(e);
      out.push({ path, take: false, verdict: 'rejected', reason: code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code})` });
      return;
    }
    if (st.isDirectory()) return folder(path);
    if (!st.isFile()) return void out.push({ path, take: false, verdict: 'skipped', reason: 'not a regular file (a device, pipe or socket)' });
    if (named && SIDECAR.test(path)) return void out.push({ path, take: false, verdict: 'skipped', reason: 'a sidecar: it is read with the article of the same name' });
    const real = realpathSync(path);
    if (taken.has(real)) return void out.push({ path, take: false, verdict: 'skipped', reason: 'named more than once: ingested once, where first named' });
    taken.add(real);
    out.push({ path, take: true });
  };
  const folder = (dir: string) => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(dir);
      names = readdirSync(dir).sort();
    } catch (e) {
      return void out.push({ path: dir, take: false, verdict: 'rejected', reason: `this folder cannot be read (${why(e)})` });
    }
    if (seen.has(real)) return void out.push({ path: dir, take: false, verdict: 'skipped', reason: `a link to a folder already read (${real})` });
    seen.add(real);
    const articles = new Set(names.filter((n) => !SIDECAR.test(n)).map(stem));
    for (const name of names) {
      const full = join(dir, name);
      if (name.startsWith('.')) {
        out.push({ path: full, take: false, verdict: 'skipped', reason: 'hidden: its name starts with a dot (name it on the command line to ingest it)' });
      } else if (SIDECAR.test(name)) {
        if (!articles.has(name.replace(SIDECAR, ''))) out.push({ path: full, take: false, verdict: 'skipped', reason: 'a sidecar with no article of the same name beside it' });
      } else visit(full, false);
    }
  };
  for (const p of paths) visit(p, true);
  return out;
}
