// One ingest at a time per content folder. Two runs at once would each decide from what the other has
// not written yet (whose entry a name belongs to, what an entry held), so the second waits for the first.
// The lock is a file created only if absent (O_EXCL), holding who took it; a lock left by a run that no
// longer exists on this machine is taken over.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, relative } from 'node:path';
import { processAlive } from '../lib/process-alive.ts';

interface Holder { pid: number; host: string; started: string }

export const LOCK_NAME = '.ingest.lock';

function read(path: string): { text: string; holder: Holder | null } | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    return { text, holder: JSON.parse(text) as Holder };
  } catch {
    return { text, holder: null };
  }
}

/**
 * Takes the content folder's lock, waiting while another ingest holds it (saying so once on stderr),
 * and returns the function that gives it back. The lock is given back when the process exits, too.
 */
export async function lockContent(contentDir: string, say: (line: string) => void, pollMs = 200): Promise<() => void> {
  mkdirSync(contentDir, { recursive: true });
  const path = join(contentDir, LOCK_NAME);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies Holder);
  let waiting = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const found = read(path);
    if (!found) continue; // given back between our two looks
    const { holder } = found;
    if (holder && holder.host === hostname() && !processAlive(holder.pid)) {
      // Still the same stale lock (not one another waiter just took): remove it and try again.
      if (read(path)?.text === found.text) rmSync(path, { force: true });
      say(`ingest: took over the lock ${relative(process.cwd(), path) || path} left by an ingest that no longer runs (pid ${holder.pid}, started ${holder.started})`);
      continue;
    }
    if (!waiting) {
      waiting = true;
      const who = holder ? `pid ${holder.pid} on ${holder.host}, started ${holder.started}` : 'a lock file that is not ours';
      say(`ingest: another ingest is writing to ${relative(process.cwd(), contentDir) || contentDir} (${who}); waiting for it to finish. If none is running, delete ${path}.`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (read(path)?.text === mine) rmSync(path, { force: true });
  };
  process.on('exit', release);
  return release;
}
