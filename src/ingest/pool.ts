import { Worker } from 'node:worker_threads';

/** A fixed set of worker threads running one module; jobs go to whichever is free, in arrival order. */
export class WorkerPool<Job, Outcome> {
  #idle: Worker[] = [];
  #all: Worker[] = [];
  #queue: Array<{ id: number; job: Job }> = [];
  #waiting = new Map<number, { resolve: (o: Outcome) => void; reject: (e: Error) => void }>();
  #busy = new Map<Worker, number>();
  #next = 0;

  constructor(module: URL, size: number) {
    for (let i = 0; i < size; i++) {
      const w = new Worker(module);
      w.on('message', ({ id, outcome }: { id: number; outcome: Outcome }) => {
        this.#busy.delete(w);
        this.#waiting.get(id)?.resolve(outcome);
        this.#waiting.delete(id);
        this.#idle.push(w);
        this.#pump();
      });
      // A worker that dies takes its job with it: fail that job loudly rather than hang the run.
      w.on('error', (e: Error) => {
        const id = this.#busy.get(w);
        if (id !== undefined) this.#waiting.get(id)?.reject(e);
      });
      this.#all.push(w);
      this.#idle.push(w);
    }
  }

  run(job: Job): Promise<Outcome> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#queue.push({ id, job });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#idle.length && this.#queue.length) {
      const w = this.#idle.pop()!;
      const task = this.#queue.shift()!;
      this.#busy.set(w, task.id);
      w.postMessage(task);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((w) => w.terminate()));
  }
}
