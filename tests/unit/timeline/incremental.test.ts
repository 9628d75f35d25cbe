import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, type ArticleEntry } from '../../../src/timeline/index.ts';
import { updateTimeline, type TimelineState } from '../../../src/timeline/incremental.ts';
import { VanishedIdError, type Registry } from '../../../src/timeline/ids.ts';
import { Article } from '../../../src/schema/article.ts';
import type { ArticleEventInput } from '../../../src/schema/event.ts';
import { rng } from '../../../bench/corpus.ts';

// Entries crowded into a few weeks, few agencies and cities, so reports merge, chain, collide within one
// article (two events of one article never merge) and span agency blocks (ICE with USMS, CBP with the Guard).
const AGENCIES = [['ICE'], ['ICE', 'ERO'], ['ICE', 'USMS'], ['USMS'], ['CBP', 'USBP'], ['CBP', 'NATIONAL_GUARD'], ['NATIONAL_GUARD']] as const;
const PLACES = ['Chicago, IL', 'Denver, CO', 'Memphis, TN'];
// Moves, and the actions often told without a place (a deputization, a reassignment, a plan), which an
// undated report may join as the only candidate.
const ACTIONS = ['deploy', 'deploy', 'surge', 'redeploy', 'plan', 'deputize', 'reassign', 'withdraw'] as const;

function randomEvent(r: () => number, key: string): ArticleEventInput {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const dated = r() < 0.85;
  const toDay = r() < 0.7;
  const day = 1 + Math.floor(r() * 20);
  return {
    key, agencies: [...pick(AGENCIES)], action: pick(ACTIONS),
    date: dated ? (toDay ? `2024-03-${String(day).padStart(2, '0')}` : '2024-03') : null,
    date_precision: dated ? (toDay ? 'day' : 'month') : null,
    personnel: r() < 0.6 ? pick([100, 110, 120, 300, 500]) : null, personnel_qualifier: r() < 0.5 ? 'exact' : 'approx',
    places: r() < 0.7 ? [pick(PLACES)] : [], operation: r() < 0.1 ? 'Operation Midway' : null,
    evidence: `Evidence ${key} ${Math.floor(r() * 1e9)}.`, keep_separate: r() < 0.03, rejected: r() < 0.04,
  };
}

function randomEntry(r: () => number, id: string): ArticleEntry {
  const n = Math.floor(r() * 3);
  const published = r() < 0.9 ? `2024-03-${String(5 + Math.floor(r() * 20)).padStart(2, '0')}` : null;
  return {
    id, data: Article.parse({
      title: `Article ${id}`, published, published_window: published ? null : ['2024-02-20', '2024-04-10'], source_file: `${id}.txt`, source_sha256: 'a'.repeat(64),
      events: Array.from({ length: n }, (_, k) => randomEvent(r, `e${k + 1}`)),
    }),
  };
}

const digestOf = (e: ArticleEntry) => JSON.stringify(e.data);

/** One random editor's step: add, delete or edit an article, or hint a merge, keep one apart, or retire an id. */
function step(r: () => number, entries: Map<string, ArticleEntry>, registry: Registry, serial: { n: number }): Registry {
  const ids = [...entries.keys()];
  const roll = r();
  const some = () => entries.get(ids[Math.floor(r() * ids.length)]!)!;
  if (roll < 0.3 || ids.length < 3) {
    const id = `a${serial.n++}`;
    entries.set(id, randomEntry(r, id));
  } else if (roll < 0.45) {
    entries.delete(some().id);
  } else if (roll < 0.75) {
    const e = some();
    if (!e.data.events.length) return registry;
    const events = e.data.events.map((ev) => ({ ...ev }));
    const ev = events[Math.floor(r() * events.length)]!;
    const what = r();
    if (what < 0.25) ev.date = `2024-03-${String(1 + Math.floor(r() * 20)).padStart(2, '0')}`, ev.date_precision = 'day';
    else if (what < 0.4) ev.places = r() < 0.7 ? [PLACES[Math.floor(r() * PLACES.length)]!] : [];
    else if (what < 0.55) ev.personnel = [100, 300, 900][Math.floor(r() * 3)]!;
    else if (what < 0.7) ev.note = `Checked ${serial.n++}.`;
    else if (what < 0.8) ev.rejected = !ev.rejected;
    else if (what < 0.9) ev.date = null, ev.date_precision = null;
    else ev.agencies = [...AGENCIES[Math.floor(r() * AGENCIES.length)]!];
    entries.set(e.id, { id: e.id, data: { ...e.data, events } });
  } else if (roll < 0.88) {
    const e = some();
    const published = Object.keys(registry.ids);
    if (!e.data.events.length || !published.length) return registry;
    const events = e.data.events.map((ev, k) => (k === 0 ? { ...ev, merge_with: published[Math.floor(r() * published.length)]! } : ev));
    entries.set(e.id, { id: e.id, data: { ...e.data, events } });
  } else if (roll < 0.95) {
    const e = some();
    if (!e.data.events.length) return registry;
    entries.set(e.id, { id: e.id, data: { ...e.data, events: e.data.events.map((ev, k) => (k === 0 ? { ...ev, keep_separate: !ev.keep_separate } : ev)) } });
  } else {
    const published = Object.keys(registry.ids);
    if (!published.length) return registry;
    const id = published[Math.floor(r() * published.length)]!;
    return { ids: registry.ids, retired: { ...registry.retired, [id]: { to: null, reason: 'test' } } };
  }
  return registry;
}

/** What a build does with a timeline: the events, the registry and the undated reports alone, or the id that would vanish. */
function outcome(run: () => { events: unknown; registry: Registry; alone: unknown }) {
  try {
    const { events, registry, alone } = run();
    return { events, registry, alone };
  } catch (e) {
    if (e instanceof VanishedIdError) return { vanished: e.message };
    throw e;
  }
}

test('updateTimeline gives what buildTimeline of every entry gives, step after random step, re-clustering only part of the record', () => {
  let partial = 0;
  let smaller = 0;
  for (let seed = 1; seed <= 30; seed++) {
    const r = rng(seed);
    const serial = { n: 0 };
    const entries = new Map<string, ArticleEntry>();
    for (let i = 0; i < 40; i++) {
      const id = `a${serial.n++}`;
      entries.set(id, randomEntry(r, id));
    }
    let registry: Registry = { ids: {}, retired: {} };
    let state: TimelineState | null = null;
    for (let s = 0; s < 25; s++) {
      const list = [...entries.values()];
      const expected = outcome(() => buildTimeline(list, registry));
      const loads: string[] = [];
      let update: ReturnType<typeof updateTimeline> | undefined;
      const got = outcome(() => (update = updateTimeline(state, list.map((e) => ({ id: e.id, digest: digestOf(e) })), (id) => (loads.push(id), entries.get(id)!.data), registry)));
      assert.deepEqual(got, expected, `seed ${seed}, step ${s}`);
      if ('vanished' in expected) {
        // As an editor would: retire what would vanish, and build again next step.
        const gone = [...String(expected.vanished).split('would vanish')[0]!.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
        registry = { ids: registry.ids, retired: { ...registry.retired, ...Object.fromEntries(gone.map((id) => [id, { to: null, reason: 'article deleted' }])) } };
      } else if (update) {
        if (!update.reclustered.full) {
          partial++;
          if (update.reclustered.entries < list.length) smaller++;
          // Only entries whose digest is new are read.
          for (const id of loads) assert.notEqual(state!.entries[id]?.digest, digestOf(entries.get(id)!), `seed ${seed}, step ${s}: ${id} was read though unchanged`);
        }
        state = update.state;
        registry = update.registry;
      }
      registry = step(r, entries, registry, serial);
    }
  }
  assert.ok(partial > 300, `${partial} steps were incremental`);
  assert.ok(smaller > 250, `${smaller} steps re-clustered less than the whole record`);
});

test('updateTimeline re-clusters only the few entries a new article can touch in a record spread over years', () => {
  const r = rng(99);
  const entries: ArticleEntry[] = [];
  for (let i = 0; i < 3000; i++) {
    const e = randomEntry(r, `s${i}`);
    // Spread over 2020-2025: the same few weeks' events moved to one of 72 months, each known to the day
    // (a named operation bridges three months, and a month overlaps the next one's first days: either would
    // chain the months into one part).
    const month = `${2020 + (i % 6)}-${String(1 + (Math.floor(i / 6) % 12)).padStart(2, '0')}`;
    const shift = (d: string | null) => (d ? d.replace('2024-03', month) : d);
    entries.push({ id: e.id, data: { ...e.data, published: shift(e.data.published), published_window: null, events: e.data.events.map((ev) => ({ ...ev, operation: null, date: ev.date_precision === 'day' ? shift(ev.date) : `${month}-10`, date_precision: 'day' as const })) } });
  }
  const first = updateTimeline(null, entries.map((e) => ({ id: e.id, digest: digestOf(e) })), (id) => entries.find((e) => e.id === id)!.data, { ids: {}, retired: {} });
  // The build after the first one starts from the registry the first one wrote: nothing moves.
  const settled = updateTimeline(first.state, entries.map((e) => ({ id: e.id, digest: digestOf(e) })), () => assert.fail('nothing is read'), first.registry);
  assert.deepEqual(settled.reclustered, { full: false, entries: 0, reports: 0 });
  const added = randomEntry(r, 'new');
  const all = [...entries, { id: added.id, data: { ...added.data, events: added.data.events.map((ev) => ({ ...ev, operation: null, date: '2023-07-12', date_precision: 'day' as const })) } }];
  const loaded: string[] = [];
  const next = updateTimeline(settled.state, all.map((e) => ({ id: e.id, digest: digestOf(e) })), (id) => (loaded.push(id), all.find((e) => e.id === id)!.data), settled.registry);
  assert.deepEqual(loaded, ['new']);
  assert.ok(next.reclustered.entries < 60, `${next.reclustered.entries} of ${all.length} entries clustered again`);
  assert.deepEqual({ events: next.events, registry: next.registry, alone: next.alone }, buildTimeline(all, settled.registry));
});
