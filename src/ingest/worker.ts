// A worker thread of the ingest: takes jobs from the pool, sends back outcomes. Extraction is CPU-bound,
// so N workers ingest N articles at once.
import { parentPort } from 'node:worker_threads';
import { ingestOneSafely, type IngestJob } from './ingest-one.ts';

parentPort!.on('message', ({ id, job }: { id: number; job: IngestJob }) => {
  parentPort!.postMessage({ id, outcome: ingestOneSafely(job) });
});
