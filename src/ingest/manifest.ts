import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { writeAtomic } from '../entry/atomic.ts';

// What the last ingest runs made of each input: the input as it was (size, times, inode), the hints it got
// (sidecar, flags), the entry it left (the same), and the code that did it. An input whose record matches in
// every part would be extracted into the entry already there, so the ingest reports it unchanged without
// reading it: `npm run ingest` over 10,000 unchanged sources reads this record and stats 20,000 files.
// Kept in the content folder as .ingest-manifest.json (ignored by git: it describes this machine's files);
// deleting it only costs one full ingest.

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const VERSION = 1;

interface Made { input: string; hints: string; entry: string; slug: string; events: number }

/** Size, times and inode: when these are unchanged, so is the file (as `make` and git assume). */
function fileKey(path: string): string | null {
  try {
    const s = statSync(path);
    return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
  } catch {
    return null;
  }
}

/** Every file of the code that shapes an entry: the ingest, its data and schemas, their helpers, the locked dependencies. */
function codeDigest(): string {
  const hash = createHash('sha1').update(`${VERSION}\n`);
  const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)])) : []);
  for (const f of [...['ingest', 'data', 'schema', 'lib'].flatMap((d) => walk(join(ROOT, 'src', d))), join(ROOT, 'package-lock.json')].sort()) {
    if (existsSync(f)) hash.update(`${f.slice(ROOT.length)}\n`).update(readFileSync(f));
  }
  return hash.digest('hex');
}

export class IngestManifest {
  readonly #file: string;
  readonly #code: string;
  #made: Record<string, Made>;
  #dirty = false;

  constructor(contentDir: string) {
    this.#file = join(contentDir, '.ingest-manifest.json');
    this.#code = codeDigest();
    let made: Record<string, Made> = {};
    try {
      const saved = JSON.parse(readFileSync(this.#file, 'utf8')) as { code: string; made: Record<string, Made> };
      if (saved.code === this.#code) made = saved.made;
    } catch {
      // None yet: every input is read.
    }
    this.#made = made;
  }

  /** What the input made last time, when the input, its hints, its entry and the code are all as they were then. */
  unchanged(input: string, hints: string, entryPath: string): { slug: string; events: number } | null {
    const made = this.#made[resolve(input)];
    if (!made || made.hints !== hints || made.input !== fileKey(input) || made.entry !== fileKey(entryPath)) return null;
    return { slug: made.slug, events: made.events };
  }

  /** Records what an input made (its entry is written or confirmed as it is on disk). */
  note(input: string, hints: string, entryPath: string, slug: string, events: number): void {
    const input_ = fileKey(input);
    const entry = fileKey(entryPath);
    if (!input_ || !entry) return;
    this.#made[resolve(input)] = { input: input_, hints, entry, slug, events };
    this.#dirty = true;
  }

  /** Forgets an input whose ingest failed, so the next run reads it again. */
  forget(input: string): void {
    if (delete this.#made[resolve(input)]) this.#dirty = true;
  }

  save(): void {
    if (!this.#dirty) return;
    try {
      mkdirSync(dirname(this.#file), { recursive: true });
      writeAtomic(this.#file, JSON.stringify({ code: this.#code, made: this.#made }));
    } catch {
      // A read-only install still ingests; it only reads every input next time.
    }
  }
}
