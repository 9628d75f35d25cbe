// The worker of bench/large-inputs.ts: times decode, clean, meta and extract of one input, in this thread.
import { parentPort } from 'node:worker_threads';
import { decodeSource } from '../src/ingest/decode/index.ts';
import { cleanArticle } from '../src/ingest/clean/index.ts';
import { readMeta } from '../src/ingest/meta/index.ts';
import { extractEvents } from '../src/ingest/extract/index.ts';
import { processArticle } from '../src/ingest/pipeline.ts';
import type { LargeJob } from './large-inputs.ts';

// Loads the gazetteer and the parsers before any timing, as a long ingest has.
processArticle(new TextEncoder().encode('Border Patrol agents were sent to Chicago, Illinois, on March 3, 2025, officials said on Tuesday.\n'), 'warm-up.txt');

parentPort!.on('message', ({ id, job }: { id: number; job: LargeJob }) => {
  const stages: Record<string, number> = {};
  const lap = <T>(name: string, f: () => T): T => {
    const t = performance.now();
    const v = f();
    stages[name] = performance.now() - t;
    return v;
  };
  if (job.extractOnly) {
    const events = lap('extract', () => extractEvents(job.text, { published: '2025-03-06', window: null }));
    return parentPort!.postMessage({ id, outcome: { stages, events: events.length } });
  }
  const d = lap('decode', () => decodeSource(Buffer.from(job.text), 'large.txt'));
  if (!d.ok) throw new Error(`${job.name}: ${d.reason}`);
  const c = lap('clean', () => cleanArticle(d.text, d.format));
  const m = lap('meta', () => readMeta(c, {}, 'large'));
  const events = lap('extract', () => extractEvents(c.body, { published: m.published, window: m.published_window }));
  parentPort!.postMessage({ id, outcome: { stages, events: events.length } });
});
parentPort!.postMessage({ ready: true });
