import { appendFileSync } from 'node:fs';

// Where a build's time goes, phase by phase, so the next person sees what to cut. The integrations (loaded
// with Astro's config) and the page code (bundled by Vite into other module instances, run in the same
// process) keep one book through a global. With TIMELINE_PHASES=<file> every process of a build (the
// content check, then Astro) appends its phases there as JSON lines: the benchmark reads them.
export const PHASES_ENV = 'TIMELINE_PHASES';

export interface Phase { name: string; ms: number }
interface Book { phases: Map<string, number>; marks: Map<string, number> }

const KEY = Symbol.for('redeployment-timeline.build-phases');

function book(): Book {
  const g = globalThis as { [KEY]?: Book };
  return (g[KEY] ??= { phases: new Map(), marks: new Map() });
}

/** Adds `ms` to a phase (a phase measured in several pieces, e.g. per route, adds up). */
export function addPhase(name: string, ms: number): void {
  const phases = book().phases;
  phases.set(name, (phases.get(name) ?? 0) + ms);
}

/** Runs `fn` as (part of) a phase; works for synchronous and asynchronous work. */
export function timed<T>(name: string, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  if (result instanceof Promise) return result.finally(() => addPhase(name, performance.now() - started)) as T;
  addPhase(name, performance.now() - started);
  return result;
}

/** The first time a moment of the build was reached, in ms since the process started. */
export function mark(name: string): number {
  const marks = book().marks;
  if (!marks.has(name)) marks.set(name, performance.now());
  return marks.get(name)!;
}

/** The last time a moment was reached (the end of the last route's paths, say). */
export function markLatest(name: string): void {
  book().marks.set(name, performance.now());
}

export function markOf(name: string): number | undefined {
  return book().marks.get(name);
}

export function phases(): Phase[] {
  return [...book().phases].map(([name, ms]) => ({ name, ms }));
}

/** Appends phases to the file named by TIMELINE_PHASES, when set. */
export function reportPhases(list: Phase[]): void {
  const file = process.env[PHASES_ENV];
  if (file) appendFileSync(file, list.map((p) => `${JSON.stringify(p)}\n`).join(''));
}

/** "content check 0.05 s, clustering 0.31 s, ..." */
export function formatPhases(list: Phase[]): string {
  return list.map((p) => `${p.name} ${(p.ms / 1000).toFixed(2)} s`).join(', ');
}
