// `npm run ingest -- <file or folder>... [--published YYYY-MM-DD] [--url URL] [--publisher NAME]`
// The only part of the ingest that touches argv and disk. With no paths it re-ingests content/sources/.
// Prints one line per input (written / unchanged / rejected), then a summary; exit 1 if any input was rejected.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { ingestOneSafely, type IngestJob, type IngestOutcome } from './ingest-one.ts';
import { WorkerPool } from './pool.ts';
import { writeAtomic } from '../entry/index.ts';
import { parseSidecar, type Sidecar } from './meta/sidecar.ts';
import { safeFileName, slugify } from '../lib/slug.ts';
import { contentDir } from '../lib/content-dir.ts';

const SIDECAR = /\.meta\.(json|ya?ml)$/i;
const ARTICLE = /\.(txt|text|md|markdown|html?)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    url: { type: 'string' },
    publisher: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run ingest -- [file or folder ...] [--published YYYY-MM-DD] [--url URL] [--publisher NAME]');
  process.exit(0);
}
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
  console.error(`--published: "${values.published}" is not a date as YYYY-MM-DD`);
  process.exit(2);
}

const root = contentDir();
const sourcesDir = join(root, 'sources');
const articlesDir = join(root, 'articles');

/** Every article file named on the command line, folders expanded (sidecars and dotfiles skipped). */
function inputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as rejected below, with the reason
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || SIDECAR.test(name)) continue;
        const full = join(p, name);
        if (statSync(full).isDirectory()) out.push(...inputs([full]));
        else out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

function sidecarFor(file: string): Sidecar {
  for (const ext of ['json', 'yaml', 'yml']) {
    const path = file.replace(/\.[^./\\]+$/, '') + `.meta.${ext}`;
    if (existsSync(path)) return parseSidecar(readFileSync(path, 'utf8'), basename(path));
  }
  return {};
}

const files = inputs(positionals.length ? positionals : [sourcesDir]);
const counts = { written: 0, unchanged: 0, rejected: 0 };
const claimed = new Map<string, string>(); // slug -> source file, within this run
const pad = String(files.length).length;

// Articles are CPU-bound to extract: spread them over worker threads, one per core, once there are enough
// of them to repay a worker's start-up. INGEST_WORKERS=1 keeps everything in this process.
const wanted = Number(process.env.INGEST_WORKERS ?? availableParallelism());
const workers = files.length >= 16 ? Math.max(1, Math.min(wanted, 8)) : 1;
const pool = workers > 1 ? new WorkerPool<IngestJob, IngestOutcome>(new URL('./worker.ts', import.meta.url), workers) : null;
const runJob = (job: IngestJob): Promise<IngestOutcome> => (pool ? pool.run(job) : Promise.resolve(ingestOneSafely(job)));

type Task = { file: string; slug?: string; sourceFile?: string; bytes?: Buffer; before?: string | null; outcome: Promise<IngestOutcome> };

/** Reads one input and hands it to a worker; what can be refused without extracting is refused here. */
function start(file: string): Task {
  const refuse = (reason: string): Task => ({ file, outcome: Promise.resolve({ ok: false, reason }) });
  try {
    if (!ARTICLE.test(file)) return refuse('not a .txt, .md or .html file');
    const bytes = readFileSync(file);
    let sidecar: Sidecar;
    try {
      sidecar = sidecarFor(file);
    } catch (e) {
      return refuse((e as Error).message);
    }
    const sourceFile = safeFileName(basename(file));
    const slug = slugify(sourceFile.replace(/\.[^.]+$/, '')) || 'article';
    const entryPath = join(articlesDir, `${slug}.md`);
    const before = existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null;
    const hints = {
      published: values.published ?? sidecar.published,
      publishedFrom: values.published ? ('flag' as const) : sidecar.published ? ('sidecar' as const) : undefined,
      url: values.url ?? sidecar.url,
      publisher: values.publisher ?? sidecar.publisher,
      title: sidecar.title,
    };
    return { file, slug, sourceFile, bytes, before, outcome: runJob({ bytes, sourceFile, hints, before, entryPath }) };
  } catch (e) {
    return refuse(`unexpected error: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Writes one finished input and prints its line; called in input order, so output and claims are stable. */
async function finish(task: Task, i: number): Promise<void> {
  const progress = `[${String(i + 1).padStart(pad)}/${files.length}]`;
  const { file } = task;
  const reject = (reason: string) => {
    counts.rejected++;
    console.log(`${progress} rejected  ${file}: ${reason}`);
  };
  try {
    const outcome = await task.outcome;
    if (!outcome.ok) return reject(outcome.reason);
    const { slug, sourceFile, bytes, before } = task as Required<Task>;
    if (claimed.has(slug) && claimed.get(slug) !== sourceFile) {
      return reject(`its entry name "${slug}" is already taken by ${claimed.get(slug)} in this run; rename the file`);
    }
    claimed.set(slug, sourceFile);
    const entryPath = join(articlesDir, `${slug}.md`);
    const sourcePath = join(sourcesDir, sourceFile);
    if (resolve(sourcePath) !== resolve(file)) {
      if (!existsSync(sourcePath) || !readFileSync(sourcePath).equals(bytes)) writeAtomic(sourcePath, bytes);
    }
    const n = outcome.events;
    if (before === outcome.text) {
      counts.unchanged++;
      console.log(`${progress} unchanged ${file} -> ${relative(process.cwd(), entryPath)} (${n} event${n === 1 ? '' : 's'})`);
    } else {
      writeAtomic(entryPath, outcome.text);
      counts.written++;
      console.log(`${progress} written   ${file} -> ${relative(process.cwd(), entryPath)} (${n} event${n === 1 ? '' : 's'})`);
    }
  } catch (e) {
    reject(`unexpected error: ${(e as Error).message.split('\n')[0]}`);
  }
}

// A window of inputs in flight keeps every worker busy without holding the whole corpus in memory.
const window: Task[] = [];
for (let i = 0, done = 0; i < files.length || window.length; ) {
  while (i < files.length && window.length < workers * 4) window.push(start(files[i++]!));
  await finish(window.shift()!, done++);
}
await pool?.close();

console.log(`${files.length} input${files.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.rejected} rejected`);
process.exit(counts.rejected ? 1 : 0);
