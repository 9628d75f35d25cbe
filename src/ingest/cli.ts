// `npm run ingest -- <file or folder>... [--published YYYY-MM-DD] [--url URL] [--publisher NAME] [--timeout SECONDS]`
// The only part of the ingest that touches argv and disk. With no paths it re-ingests content/sources/.
// Prints one line per input (written / unchanged / rejected / skipped), then a summary; exit 1 if any input
// was rejected. Each input is processed on a worker thread under a deadline, one ingest at a time per content folder.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import type { IngestJob, IngestOutcome } from './ingest-one.ts';
import { DeadlineExceeded, WorkerPool } from './pool.ts';
import { listInputs, type Input } from './inputs.ts';
import { lockContent } from './lock.ts';
import { writeAtomic } from '../entry/atomic.ts';
import { IngestManifest } from './manifest.ts';
import type { Sidecar } from './meta/sidecar.ts';
import { safeFileName, slugify } from '../lib/slug.ts';
import { contentDir } from '../lib/content-dir.ts';

const ARTICLE = /\.(txt|text|md|markdown|html?)$/i;
/** Seconds an input may take to decode, clean and extract before it is given up. */
const DEFAULT_TIMEOUT = 60;
/** Heap a worker may use for one input (jsdom takes about 1 GB for a page of 50,000 elements, the most it is given). */
const WORKER_MEMORY_MB = 2048;

const usage = 'usage: npm run ingest -- [file or folder ...] [--published YYYY-MM-DD] [--url URL] [--publisher NAME] [--timeout SECONDS]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      url: { type: 'string' },
      publisher: { type: 'string' },
      timeout: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (e) {
  console.error(`${(e as Error).message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
  console.error(`--published: "${values.published}" is not a date as YYYY-MM-DD`);
  process.exit(2);
}
const timeout = Number(values.timeout ?? DEFAULT_TIMEOUT);
if (!(timeout > 0 && timeout <= 86_400)) {
  console.error(`--timeout: "${values.timeout}" is not a number of seconds (more than 0, at most 86400)`);
  process.exit(2);
}

const root = contentDir();
const sourcesDir = join(root, 'sources');
const articlesDir = join(root, 'articles');
try {
  await lockContent(root, (line) => console.error(line));
} catch (e) {
  console.error(`ingest: cannot write to ${root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]}); set CONTENT_DIR to a folder you can write`);
  process.exit(2);
}

/** The sidecar beside an input, if it has one. */
function sidecarPath(file: string): string {
  for (const ext of ['json', 'yaml', 'yml']) {
    const path = file.replace(/\.[^./\\]+$/, '') + `.meta.${ext}`;
    if (existsSync(path)) return path;
  }
  return '';
}

const inputs: Input[] = listInputs(positionals.length ? positionals : [sourcesDir]);

// Articles are CPU-bound to extract: spread them over worker threads, one per core, once there are enough
// of them to repay a worker's start-up; one worker otherwise, so that each input can still be stopped at its deadline.
const wanted = Number(process.env.INGEST_WORKERS ?? availableParallelism()) || 1;
const workers = inputs.length >= 16 ? Math.max(1, Math.min(wanted, 8)) : 1;
// The extractor, its language model included, loads only in the workers, which start with the first input
// that needs extracting: a run over unchanged inputs needs none. But a few files named on the command line
// (an editor adding an article) are most likely new: their worker starts now and loads the extractor (a
// second or more) while this thread reads the manifest and the inputs, and is stopped unused if they were
// unchanged after all.
let pool: WorkerPool<IngestJob, IngestOutcome> | null = null;
const startPool = () => (pool ??= new WorkerPool<IngestJob, IngestOutcome>(new URL('./worker.ts', import.meta.url), workers, timeout * 1000, WORKER_MEMORY_MB));
if (positionals.length && inputs.length < 16 && inputs.some((i) => i.take && ARTICLE.test(i.path))) startPool();

// The sidecar reader (YAML and its schema, a tenth of a second or more to load) only when an input has one.
const { parseSidecar } = inputs.some((i) => i.take && sidecarPath(i.path)) ? await import('./meta/sidecar.ts') : { parseSidecar: null };

function sidecarFor(file: string): Sidecar {
  const path = sidecarPath(file);
  return path && parseSidecar ? parseSidecar(readFileSync(path, 'utf8'), basename(path)) : {};
}
const counts = { written: 0, unchanged: 0, rejected: 0, skipped: 0 };
const claimed = new Map<string, { path: string; as: string }>(); // slug -> the input that took it in this run: resolved, and as named
const pad = String(inputs.length).length;

const runJob = (job: IngestJob): Promise<IngestOutcome> => {
  return startPool().run(job).catch((e: Error): IngestOutcome => ({
    ok: false,
    reason: e instanceof DeadlineExceeded ? `${e.message} to extract (the limit is --timeout ${timeout})` : e.message,
  }));
};
// Inputs that would make the entry already there are reported unchanged without being read (manifest.ts).
const manifest = new IngestManifest(root);

type Task = { file: string; skipped?: string; slug?: string; sourceFile?: string; bytes?: Buffer; before?: string | null; hints?: string; known?: number; outcome: Promise<IngestOutcome> };

/** Reads one input and hands it to a worker; what can be refused without extracting is refused here. */
function start(input: Input): Task {
  const file = input.path;
  const refuse = (reason: string): Task => ({ file, outcome: Promise.resolve({ ok: false, reason }) });
  if (!input.take) return input.verdict === 'skipped' ? { file, skipped: input.reason, outcome: Promise.resolve({ ok: false, reason: input.reason }) } : refuse(input.reason);
  try {
    if (!ARTICLE.test(file)) return refuse('not a .txt, .md or .html file');
    let sidecar: Sidecar;
    try {
      sidecar = sidecarFor(file);
    } catch (e) {
      return refuse((e as Error).message);
    }
    const sourceFile = safeFileName(basename(file));
    const slug = slugify(sourceFile.replace(/\.[^.]+$/, '')) || 'article';
    const entryPath = join(articlesDir, `${slug}.md`);
    const hints = {
      published: values.published ?? sidecar.published,
      publishedFrom: values.published ? ('flag' as const) : sidecar.published ? ('sidecar' as const) : undefined,
      url: values.url ?? sidecar.url,
      publisher: values.publisher ?? sidecar.publisher,
      title: sidecar.title,
    };
    const hintsKey = JSON.stringify(hints);
    const known = manifest.unchanged(file, hintsKey, entryPath);
    if (known && known.slug === slug) return { file, slug, sourceFile, hints: hintsKey, known: known.events, outcome: Promise.resolve({ ok: true, text: '', events: known.events }) };
    const bytes = readFileSync(file);
    const before = existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null;
    return { file, slug, sourceFile, bytes, before, hints: hintsKey, outcome: runJob({ bytes, sourceFile, hints, before, entryPath }) };
  } catch (e) {
    return refuse(`unexpected error: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Writes one finished input and prints its line; called in input order, so output and claims are stable. */
async function finish(task: Task, i: number): Promise<void> {
  const progress = `[${String(i + 1).padStart(pad)}/${inputs.length}]`;
  const { file } = task;
  const reject = (reason: string) => {
    manifest.forget(file);
    counts.rejected++;
    console.log(`${progress} rejected  ${file}: ${reason}`);
  };
  try {
    const outcome = await task.outcome;
    if (task.skipped) {
      counts.skipped++;
      return console.log(`${progress} skipped   ${file}: ${task.skipped}`);
    }
    if (!outcome.ok) return reject(outcome.reason);
    const { slug, sourceFile, bytes, before } = task as Required<Task>;
    // Two different files of one name (a/story.txt, b/story.txt) would write one entry: the second is refused.
    const taker = claimed.get(slug);
    if (taker && taker.path !== resolve(file)) return reject(`its entry name "${slug}" is already taken by ${taker.as} in this run; rename the file`);
    claimed.set(slug, { path: resolve(file), as: file });
    const entryPath = join(articlesDir, `${slug}.md`);
    if (task.known !== undefined) {
      counts.unchanged++;
      console.log(`${progress} unchanged ${file} -> ${relative(process.cwd(), entryPath)} (${task.known} event${task.known === 1 ? '' : 's'})`);
      return;
    }
    // The entry was read before extraction; an editor who saved it since would lose that edit to this write.
    const now = existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null;
    if (now !== before) return reject(`its entry ${relative(process.cwd(), entryPath)} was changed while it was being ingested (an editor saving it?); nothing was written over it: run the ingest again`);
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
    manifest.note(file, task.hints!, entryPath, slug, n);
    // The kept copy under content/sources/ makes the same entry: `npm run ingest` with no paths reads it.
    if (resolve(sourcePath) !== resolve(file) && !sidecarPath(file)) manifest.note(sourcePath, task.hints!, entryPath, slug, n);
  } catch (e) {
    reject(`unexpected error: ${(e as Error).message.split('\n')[0]}`);
  }
}

// A window of inputs in flight keeps every worker busy without holding the whole corpus in memory.
// Stopped by the editor (Ctrl-C): say how many inputs were not reached, so none goes unnamed; the lock goes with the process.
let done = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.log(`interrupted: ${inputs.length - done} of ${inputs.length} inputs not processed (${counts.written} written, ${counts.unchanged} unchanged, ${counts.rejected} rejected, ${counts.skipped} skipped before)`);
    process.exit(130);
  });
}
const window: Task[] = [];
for (let i = 0; i < inputs.length || window.length; ) {
  while (i < inputs.length && window.length < workers * 4) window.push(start(inputs[i++]!));
  await finish(window.shift()!, done);
  done++;
}
await (pool as WorkerPool<IngestJob, IngestOutcome> | null)?.close();
manifest.save();

console.log(`${inputs.length} input${inputs.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.rejected} rejected, ${counts.skipped} skipped`);
process.exit(counts.rejected ? 1 : 0);
