import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../entry/index.ts';
import { knownDigest } from './digest.ts';
import { RECORD_DIR_ENV } from './page-record.ts';
import { timed } from './phases.ts';

// Small caches a build keeps beside its page record, so new code (which empties the record) starts them
// over. Outside `astro build` (in `astro dev`) nothing is kept and everything is computed.
const dir = () => (process.env[RECORD_DIR_ENV] ? join(process.env[RECORD_DIR_ENV]!, 'cache') : null);

function read<V>(file: string): Record<string, V> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, V>;
  } catch {
    return {};
  }
}

/**
 * The pieces of a download, one per event, each rendered only when its event is new or changed (known by its
 * digest, see digest.ts): writing the CSV of 10,000 events took 0.4 s, most of it for rows as they were.
 */
export function perEvent<E extends object>(name: string, events: E[], render: (e: E) => string): string[] {
  return timed(`downloads and lists from pieces (${name})`, () => pieces(name, events, render));
}

/**
 * A download's pieces as the last build left them, by digest. The file is one line of JSON (each piece's
 * digest and length) and then the pieces end to end: read back as slices of one string, not parsed as JSON
 * strings, which took most of the time at 10,000 events.
 */
function readPieces(file: string): Map<string, string> {
  const known = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return known;
  }
  try {
    const head = text.indexOf('\n');
    const [digests, lengths] = JSON.parse(text.slice(0, head)) as [string[], number[]];
    let at = head + 1;
    for (let i = 0; i < digests.length; i++) known.set(digests[i]!, text.slice(at, (at += lengths[i]!)));
    // A file cut short or written otherwise is not trusted: its pieces are rendered again.
    if (at !== text.length) known.clear();
  } catch {
    known.clear();
  }
  return known;
}

function pieces<E extends object>(name: string, events: E[], render: (e: E) => string): string[] {
  const folder = dir();
  const digests = events.map((e) => knownDigest(e));
  if (!folder || digests.some((d) => d === undefined)) return events.map(render);
  const file = join(folder, `${name}.pieces`);
  const before = readPieces(file);
  let rendered = 0;
  const pieces = events.map((e, i) => {
    const known = before.get(digests[i]!);
    if (known !== undefined) return known;
    rendered++;
    return render(e);
  });
  if (rendered || before.size !== events.length) {
    mkdirSync(folder, { recursive: true });
    writeAtomic(file, `${JSON.stringify([digests, pieces.map((p) => p.length)])}\n${pieces.join('')}`);
  }
  return pieces;
}

/**
 * A value per key computed once and kept for later builds (a place's spot on the map, say). New values are
 * written when the process ends, once, however many there were.
 */
export function memo<V>(name: string, compute: (key: string) => V): (key: string) => V {
  let known: Record<string, V> | null = null;
  let file: string | null = null;
  let dirty = false;
  return (key) => {
    if (!known) {
      // Where to keep it is known once the build has started (the folder comes with the page record).
      const folder = dir();
      file = folder ? join(folder, `${name}.json`) : null;
      known = file ? read<V>(file) : {};
    }
    if (key in known) return known[key]!;
    const value = compute(key);
    known[key] = value;
    if (file && !dirty) {
      dirty = true;
      const [target, values] = [file, known];
      process.once('exit', () => {
        mkdirSync(join(target, '..'), { recursive: true });
        writeAtomic(target, JSON.stringify(values));
      });
    }
    return value;
  };
}
