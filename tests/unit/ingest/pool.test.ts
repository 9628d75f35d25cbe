import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DeadlineExceeded, WorkerFailed, WorkerPool } from '../../../src/ingest/pool.ts';

const module = (name: string) => new URL(`../../fixtures/worker-pool/${name}`, import.meta.url);

test('WorkerPool.run stops a job past its deadline and runs the next ones on a fresh worker', async () => {
  const pool = new WorkerPool<string, string>(module('echo-or-hang.ts'), 1, 300);
  try {
    const started = Date.now();
    const results = await Promise.allSettled(['a', 'hang', 'b', 'hang', 'c'].map((j) => pool.run(j)));
    assert.deepEqual(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).constructor.name)), ['A', 'DeadlineExceeded', 'B', 'DeadlineExceeded', 'C']);
    assert.match((results[1] as PromiseRejectedResult).reason.message, /^took longer than 0\.3 s$/);
    // Two deadlines and three quick jobs on one worker: the loops were stopped, not waited out.
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  } finally {
    await pool.close();
  }
});

test('WorkerPool.run fails the job of a worker that crashes or runs out of memory, and goes on', async () => {
  const pool = new WorkerPool<string, string>(module('echo-or-hang.ts'), 2, 60_000, 64);
  try {
    const results = await Promise.allSettled(['a', 'crash', 'b', 'grow', 'c'].map((j) => pool.run(j)));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    assert.ok((results[1] as PromiseRejectedResult).reason instanceof WorkerFailed);
    assert.match((results[1] as PromiseRejectedResult).reason.message, /crashed on purpose/);
    assert.match((results[3] as PromiseRejectedResult).reason.message, /memory/);
    assert.deepEqual([results[0], results[2], results[4]].map((r) => (r as PromiseFulfilledResult<string>).value), ['A', 'B', 'C']);
  } finally {
    await pool.close();
  }
});

test('WorkerPool.run fails every job with the reason when its workers cannot load their module', async () => {
  const pool = new WorkerPool<string, string>(module('fails-to-load.ts'), 2, 60_000);
  try {
    const results = await Promise.allSettled(['a', 'b', 'c'].map((j) => pool.run(j)));
    for (const r of results) {
      assert.equal(r.status, 'rejected');
      assert.ok(r.reason instanceof WorkerFailed && !(r.reason instanceof DeadlineExceeded));
      assert.match(r.reason.message, /could not start .*cannot load/);
    }
  } finally {
    await pool.close();
  }
});
