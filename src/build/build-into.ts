// Builds the site from a content folder into an output folder, as the real build does (Astro, whose
// integrations also write the search index): for the tests and for `npm run eval:timeline`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../lib/process-alive.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

// Astro keeps build state in the project's .astro/ folder, so two builds at once break each other:
// builds take turns through a lock directory (mkdir is atomic).
const LOCK = join(ROOT, '.astro-build.lock');

/** Whether the build that took the lock is still running: a killed test run must not hold it for good. */
function holderAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    // Taken a moment ago and not yet signed, or left by a version that did not sign it: give it a minute.
    try {
      return Date.now() - statSync(LOCK).mtimeMs < 60_000;
    } catch {
      return false;
    }
  }
  return processAlive(pid);
}

function withLock<T>(fn: () => T): T {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (!holderAlive()) {
        rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() - started > 300_000) throw new Error(`waited 5 minutes for ${LOCK}; remove it if no build is running`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds and returns what the build printed, without colour codes (Astro colours its log on CI). */
export function buildSite(contentDir: string, outDir: string, env: Record<string, string> = {}): string {
  const opts = { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir, ...env }, encoding: 'utf8' as const, maxBuffer: 256 << 20 };
  return withLock(() => {
    return execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], opts).replace(/\x1b\[[0-9;]*m/g, '');
  });
}
