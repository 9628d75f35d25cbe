import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../entry/index.ts';
import { timelineOrder } from '../timeline/index.ts';
import type { TimelineState, TimelineUpdate } from '../timeline/incremental.ts';
import type { Registry } from '../timeline/ids.ts';
import { registryText, textDigest } from '../timeline/registry.ts';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

// The clustering state between builds (src/timeline/incremental.ts), in a folder beside the page record.
// Two logs, appended with what changed: every entry as clustered (one line per new or changed entry, or
// its removal), and every part's events (one line per part clustered again, or its removal). A rebuild
// after one article appends a few lines instead of writing 18 MB. A log is written anew when it has grown
// to twice what it holds. The registry is not kept: it is content/ids.json, recognised by its digest.
const VERSION = 2;

interface Meta { version: number; registry: string; unsettled: number[]; nextPart: number; lines: { entries: number; events: number }; live: { entries: number; parts: number } }
type EntryLine = { id: string; d: string; a: Article } | { id: string; gone: 1 };
type Alone = TimelineState['alone'][number]['alone'];
type EventLine = { p: number; e: Array<[TimelineEvent, string]>; a?: Alone[] } | { x: number[] };

const files = (dir: string) => ({ meta: join(dir, 'meta.json'), entries: join(dir, 'entries.jsonl'), events: join(dir, 'events.jsonl') });

function lines<T>(file: string): T[] {
  const text = readFileSync(file, 'utf8');
  return text ? text.slice(0, -1).split('\n').map((l) => JSON.parse(l) as T) : [];
}

/** The digest of the registry text the last build wrote with its state, if there is a state. */
export function stateRegistry(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(files(dir).meta, 'utf8')) as Meta).registry;
  } catch {
    return undefined;
  }
}

/**
 * The state the last build left, when it is whole; else null (cluster everything). `registry` must be the
 * one that build wrote (see readRegistryTrusting).
 */
export function readClusteringState(dir: string, registry: Registry): TimelineState | null {
  const f = files(dir);
  try {
    if (!existsSync(f.meta)) return null;
    const meta = JSON.parse(readFileSync(f.meta, 'utf8')) as Meta;
    if (meta.version !== VERSION) return null;
    const entryLines = lines<EntryLine>(f.entries);
    const eventLines = lines<EventLine>(f.events);
    // A build stopped while appending leaves more lines than its meta counts: start over.
    if (entryLines.length !== meta.lines.entries || eventLines.length !== meta.lines.events) return null;
    const entries: TimelineState['entries'] = {};
    for (const l of entryLines) {
      if ('gone' in l) delete entries[l.id];
      else entries[l.id] = { digest: l.d, data: l.a };
    }
    const parts = new Map<number, { e: Array<[TimelineEvent, string]>; a: Alone[] }>();
    for (const l of eventLines) {
      if ('x' in l) for (const p of l.x) parts.delete(p);
      else parts.set(l.p, { e: l.e, a: l.a ?? [] });
    }
    const events = [...parts].flatMap(([part, { e }]) => e.map(([event, digest]) => ({ event, digest, part }))).sort((a, b) => timelineOrder(a.event, b.event));
    const alone = [...parts].flatMap(([part, { a }]) => a.map((x) => ({ alone: x, part }))).sort((x, y) => x.alone.member.localeCompare(y.alone.member));
    return { entries, events, alone, registry, unsettled: meta.unsettled, nextPart: meta.nextPart };
  } catch {
    return null; // unreadable: cluster everything again
  }
}

const entryLine = (id: string, e: TimelineState['entries'][string] | undefined): string => JSON.stringify(e ? { id, d: e.digest, a: e.data } : { id, gone: 1 });

function partLines(state: TimelineState, only?: Set<number>): Map<number, { e: Array<[TimelineEvent, string]>; a?: Alone[] }> {
  const parts = new Map<number, { e: Array<[TimelineEvent, string]>; a?: Alone[] }>();
  const line = (part: number) => {
    let l = parts.get(part);
    if (!l) parts.set(part, (l = { e: [] }));
    return l;
  };
  for (const { event, digest, part } of state.events) if (!only || only.has(part)) line(part).e.push([event, digest]);
  for (const { alone, part } of state.alone) if (!only || only.has(part)) (line(part).a ??= []).push(alone);
  return parts;
}

/** Saves the state an update produced: its changes appended to the logs, or everything written anew. */
export function writeClusteringState(dir: string, update: TimelineUpdate, prev: TimelineState | null): void {
  const f = files(dir);
  const { state, changes } = update;
  if (changes && !changes.entries.length && !changes.removed.length && !changes.parts.length && prev && JSON.stringify(prev.unsettled) === JSON.stringify(state.unsettled)) return;
  mkdirSync(dir, { recursive: true });
  let meta: Meta | null = null;
  try {
    meta = JSON.parse(readFileSync(f.meta, 'utf8')) as Meta;
  } catch {
    meta = null;
  }
  const parts = new Set([...state.events.map((e) => e.part), ...state.alone.map((a) => a.part)]);
  const live = { entries: Object.keys(state.entries).length, parts: parts.size };
  let counts: Meta['lines'];
  if (!changes || !meta || meta.version !== VERSION || !prev) {
    counts = rewrite(f, state);
  } else {
    // Meta first marks the logs as being appended to: a build stopped half-way leaves counts that do not match.
    rmSync(f.meta, { force: true });
    const newParts = partLines(state, new Set([...parts].filter((p) => p >= prev.nextPart)));
    const entryText = [...changes.entries, ...changes.removed].map((id) => `${entryLine(id, state.entries[id])}\n`).join('');
    const eventText = [
      ...(changes.parts.length ? [`${JSON.stringify({ x: changes.parts })}\n`] : []),
      ...[...newParts].map(([p, l]) => `${JSON.stringify({ p, ...l })}\n`),
    ].join('');
    counts = { entries: meta.lines.entries + changes.entries.length + changes.removed.length, events: meta.lines.events + (changes.parts.length ? 1 : 0) + newParts.size };
    if (counts.entries > 2 * live.entries + 50 || counts.events > 2 * live.parts + 50) counts = rewrite(f, state);
    else {
      appendFileSync(f.entries, entryText);
      appendFileSync(f.events, eventText);
    }
  }
  writeAtomic(f.meta, JSON.stringify({ version: VERSION, registry: textDigest(registryText(update.registry)), unsettled: state.unsettled, nextPart: state.nextPart, lines: counts, live } satisfies Meta));
}

function rewrite(f: ReturnType<typeof files>, state: TimelineState): Meta['lines'] {
  rmSync(f.meta, { force: true });
  const entries = Object.entries(state.entries);
  writeAtomic(f.entries, entries.map(([id, e]) => `${entryLine(id, e)}\n`).join(''));
  const parts = partLines(state);
  writeAtomic(f.events, [...parts].map(([p, l]) => `${JSON.stringify({ p, ...l })}\n`).join(''));
  return { entries: entries.length, events: parts.size };
}
