// How hard the fuzz tests push. `npm test` runs a small, fixed budget with a fixed seed, so a failure
// reproduces; `npm run fuzz` (FUZZ_RUNS=2000 FUZZ_SCALE=8) is the long run with inputs eight times larger.
// To reproduce a failure, run again with the FUZZ_SEED (and FUZZ_SCALE) it printed; fast-check also
// prints the counterexample and the path to it.
import fc from 'fast-check';

const num = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name}: expected a positive number, got "${process.env[name]}"`);
  return v;
};

/** Generated inputs per property. */
export const RUNS = num('FUZZ_RUNS', 30);
/** How large inputs may grow: token, line, nesting and text lengths are multiplied by this. */
export const SCALE = num('FUZZ_SCALE', 1);
export const SEED = num('FUZZ_SEED', 20_251_113);

// Lists and strings reach their stated maximum lengths often enough to matter (fast-check's default keeps them short).
fc.configureGlobal({ baseSize: 'medium' });

const short = (v: unknown) => {
  const s = Buffer.isBuffer(v) ? `<${v.length} bytes: ${JSON.stringify(v.subarray(0, 80).toString('latin1'))}…>` : JSON.stringify(v) ?? String(v);
  return s.length > 300 ? `${s.slice(0, 300)}… (${s.length} characters)` : s;
};

/**
 * fast-check's parameters for one property: seeded, with the budget above, and a failure reported in a
 * few lines (inputs shortened; the seed and path replay it in full).
 */
export const params = <T>(examples: T[] = []): fc.Parameters<T> => ({
  seed: SEED,
  numRuns: RUNS,
  examples,
  reporter: (run) => {
    if (!run.failed) return;
    const inputs = (run.counterexample as unknown[] | null)?.map(short).join(', ');
    throw new Error(`failed after ${run.numRuns} runs (FUZZ_SEED=${run.seed} FUZZ_SCALE=${SCALE}, path "${run.counterexamplePath}"): ${(run.errorInstance as Error | undefined)?.message ?? 'interrupted'}\n  input: ${inputs}`);
  },
});

/**
 * The time budget for one call on an input of `chars` characters: a generous fixed part for start-up and
 * noise (the other test files run at the same time, on a machine shared with other work), plus a share per
 * KB. It catches blow-ups (time growing with the square of the input), not a slow machine.
 */
export function withinBudget(ms: number, chars: number, perKbMs: number, fixedMs = 1000): boolean {
  return ms <= fixedMs + perKbMs * (chars / 1024);
}

/** Runs `f` and returns its result with the milliseconds it took. */
export function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}
