import { Worker } from 'node:worker_threads';

/** A job that ran past the pool's deadline: its worker was stopped, and a fresh one took its place. */
export class DeadlineExceeded extends Error {}

/** A job whose worker died under it (ran out of memory, crashed), or that no worker could start for. */
export class WorkerFailed extends Error {}

interface Task<Job, Outcome> {
  id: number;
  job: Job;
  resolve: (o: Outcome) => void;
  reject: (e: Error) => void;
}

interface Slot<Job, Outcome> {
  worker: Worker;
  /** The worker has loaded its module and said so; jobs go only to ready workers. */
  ready: boolean;
  task: Task<Job, Outcome> | null;
  timer: NodeJS.Timeout | null;
  /** Stopped or dead: whatever it still reports is ignored. */
  gone: boolean;
}

/**
 * A fixed number of worker threads running one module; jobs go to whichever is free, in arrival order.
 * Each job runs under a deadline counted from the moment its worker takes it: past it, that worker is
 * stopped (a worker can be; a loop on the main thread cannot) and replaced, and the job fails with
 * DeadlineExceeded, so one pathological input costs the deadline and no more. The module must post
 * `{ ready: true }` once loaded and then answer each `{ id, job }` with `{ id, outcome }`.
 */
export class WorkerPool<Job, Outcome> {
  readonly #module: URL;
  readonly #deadlineMs: number;
  readonly #maxMemoryMb: number | undefined;
  #slots: Array<Slot<Job, Outcome>> = [];
  #queue: Array<Task<Job, Outcome>> = [];
  #next = 0;
  #closed = false;
  /** Why workers cannot start (their module fails to load), once that is known: every job then fails with it. */
  #broken: string | null = null;

  /** `maxMemoryMb` caps each worker's heap: a worker past it dies alone, failing its job with "ran out of memory". */
  constructor(module: URL, size: number, deadlineMs: number, maxMemoryMb?: number) {
    this.#module = module;
    this.#deadlineMs = deadlineMs;
    this.#maxMemoryMb = maxMemoryMb;
    for (let i = 0; i < size; i++) this.#slots.push(this.#spawn());
  }

  run(job: Job): Promise<Outcome> {
    return new Promise((resolve, reject) => {
      if (this.#broken) return reject(new WorkerFailed(this.#broken));
      this.#queue.push({ id: this.#next++, job, resolve, reject });
      this.#pump();
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all(this.#slots.map((s) => ((s.gone = true), s.worker.terminate())));
  }

  #spawn(): Slot<Job, Outcome> {
    const slot: Slot<Job, Outcome> = { worker: new Worker(this.#module, this.#maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: this.#maxMemoryMb } } : {}), ready: false, task: null, timer: null, gone: false };
    slot.worker.on('message', (message: { ready?: true; id?: number; outcome?: Outcome }) => {
      if (slot.gone) return;
      if (message.ready) {
        slot.ready = true;
      } else if (slot.task && message.id === slot.task.id) {
        const task = slot.task;
        this.#free(slot);
        task.resolve(message.outcome as Outcome);
      }
      this.#pump();
    });
    slot.worker.on('error', (e: Error) => this.#lost(slot, e.message.split('\n')[0]!));
    slot.worker.on('exit', (code) => this.#lost(slot, `its worker exited with status ${code}`));
    return slot;
  }

  #free(slot: Slot<Job, Outcome>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
  }

  /** A worker died: its job fails, and a fresh worker takes its place (unless workers cannot start at all). */
  #lost(slot: Slot<Job, Outcome>, reason: string): void {
    if (slot.gone) return;
    slot.gone = true;
    const task = slot.task;
    this.#free(slot);
    if (!slot.ready && !task) {
      // Died before it could take a job: its module does not load, and a replacement would die the same way.
      this.#broken = `the ingest worker could not start (${reason})`;
      for (const t of this.#queue.splice(0)) t.reject(new WorkerFailed(this.#broken));
      return;
    }
    task?.reject(new WorkerFailed(/memory/i.test(reason) ? `ran out of memory${this.#maxMemoryMb ? ` (more than ${this.#maxMemoryMb} MB)` : ''}` : `its worker failed: ${reason}`));
    this.#replace(slot);
  }

  #replace(slot: Slot<Job, Outcome>): void {
    if (this.#closed) return;
    this.#slots[this.#slots.indexOf(slot)] = this.#spawn();
    this.#pump();
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (!this.#queue.length) return;
      if (slot.gone || !slot.ready || slot.task) continue;
      const task = this.#queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => {
        if (slot.task !== task) return;
        slot.gone = true;
        this.#free(slot);
        void slot.worker.terminate();
        task.reject(new DeadlineExceeded(`took longer than ${this.#deadlineMs / 1000} s`));
        this.#replace(slot);
      }, this.#deadlineMs);
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }
}
