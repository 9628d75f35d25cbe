// A worker thread of the ingest: takes jobs from the pool, sends back outcomes. Extraction is CPU-bound,
// so N workers ingest N articles at once; and a worker can be stopped, so an input that runs past its
// deadline is given up without stopping the run.
import { parentPort } from 'node:worker_threads';
import { ingestOneSafely, type IngestJob } from './ingest-one.ts';
import { processArticle } from './pipeline.ts';

// The first article loads the gazetteer and the date parser (about half a second); one made up here
// does it before the worker says it is ready, so the deadline counts the work of each input alone.
processArticle(new TextEncoder().encode('Border Patrol agents were sent to Chicago, Illinois, on March 3, 2025, officials said on Tuesday.\n'), 'warm-up.txt');

parentPort!.on('message', ({ id, job }: { id: number; job: IngestJob }) => {
  parentPort!.postMessage({ id, outcome: ingestOneSafely(job) });
});
parentPort!.postMessage({ ready: true });
