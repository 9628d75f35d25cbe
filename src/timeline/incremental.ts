import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { contradiction } from './compare.ts';
import { VanishedIdError, type Registry } from './ids.ts';
import { buildTimeline, timelineOrder, type ArticleEntry, type Timeline } from './index.ts';
import { reportsOf } from './report.ts';

/**
 * The timeline kept between builds, so a build after one new article re-clusters only the part of the
 * record that article can touch. `buildTimeline` stays the one definition of the timeline: this layer only
 * decides which entries it must see again, and proves nothing else can change.
 *
 * The record falls into parts that cluster independently: two reports are in one part when grouping weighs
 * them together (see groupReports' `coupled`), when they are one timeline event, when one names the other's
 * event in `merge_with`, or when one registry id covers both. Clustering a whole part alone gives exactly
 * what clustering the whole record gives for it (grouping orders its work by report, never by position in
 * the record), and ids are assigned part by part as among all of them when every other published id stays
 * taken.
 */
export interface TimelineState {
  /** Every entry as last clustered: its digest and its frontmatter (without what cleaning removed). */
  entries: Record<string, { digest: string; data: Article }>;
  /** Every timeline event, the digest of its JSON, and the part of the record it belongs to. */
  events: Array<{ event: TimelineEvent; digest: string; part: number }>;
  /** Every undated report left alone (for `npm run review`), with its part. */
  alone: Array<{ alone: Timeline['alone'][number]; part: number }>;
  /** The registry clustering wrote: the next build starts from it. */
  registry: Registry;
  /**
   * Parts that cluster otherwise from the registry this build wrote than from the one it read (merge_with
   * finds its target through the registry, which the build may just have changed): the next build clusters
   * them again.
   */
  unsettled: number[];
  nextPart: number;
}

export interface TimelineUpdate extends Timeline {
  state: TimelineState;
  /** Each event's digest (sha1 of its JSON), for page digests that stand on them. */
  digests: Map<TimelineEvent, string>;
  /** What was clustered again: `full`, or the entries and reports of the parts that could change. */
  reclustered: { full: boolean; entries: number; reports: number };
  /** What differs from `prev`, so the state can be saved by its changes: null when it is all new. */
  changes: { entries: string[]; removed: string[]; parts: number[] } | null;
}

const eventDigest = (e: TimelineEvent) => createHash('sha1').update(JSON.stringify(e)).digest('base64url');
/** What clustering reads of an entry: everything but the removed text, which only its page shows. */
const clusteringData = (a: Article): Article => ({ ...a, removed: [] });
const memberOf = (e: TimelineEvent, k = 0) => `${e.sources[k]!.article}#${e.sources[k]!.event_key}`;
const articleOf = (member: string) => member.slice(0, member.lastIndexOf('#'));
const byMember = (a: { member: string }, b: { member: string }) => a.member.localeCompare(b.member);

/** A small union-find over indexes. */
function unionFind(n: number) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  return { find, union: (i: number, j: number) => void (parent[find(i)] = find(j)) };
}

interface Clustered { events: TimelineEvent[]; ids: Registry['ids']; alone: Timeline['alone']; pairs: Array<[string, string]> }

/** Parts of the reports of a clustering (see TimelineState), numbered from `first`. */
function partsOf(members: string[], entries: ArticleEntry[], clustered: Clustered, registry: Registry, first: number): { part: Map<string, number>; next: number } {
  const index = new Map(members.map((m, i) => [m, i]));
  const uf = unionFind(members.length);
  const join = (list: Iterable<string>) => {
    let anchor: number | undefined;
    for (const m of list) {
      const i = index.get(m);
      if (i === undefined) continue;
      if (anchor === undefined) anchor = i;
      else uf.union(anchor, i);
    }
  };
  for (const [a, b] of clustered.pairs) join([a, b]);
  for (const e of clustered.events) join(e.sources.map((_, k) => memberOf(e, k)));
  for (const entry of Object.values(registry.ids)) join(entry.members);
  for (const e of entries) for (const ev of e.data.events) if (ev.merge_with) join([`${e.id}#${ev.key}`, ...(registry.ids[ev.merge_with]?.members ?? [])]);
  const numbers = new Map<number, number>();
  let next = first;
  const part = new Map<string, number>();
  members.forEach((m, i) => {
    const root = uf.find(i);
    if (!numbers.has(root)) numbers.set(root, next++);
    part.set(m, numbers.get(root)!);
  });
  return { part, next };
}

const sameRegistry = (a: Registry, b: Registry) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The entries of `list` with only the events whose member is in `members`, and their rejected events (which
 * are never clustered, but keep an id whose every event an editor rejected from vanishing).
 */
function restrict(list: ArticleEntry[], members: Set<string>, withRejected: Set<string>): ArticleEntry[] {
  const articles = new Set([...[...members].map(articleOf), ...withRejected]);
  return list
    .filter((e) => articles.has(e.id))
    .map((e) => ({ id: e.id, data: { ...e.data, events: e.data.events.filter((ev) => members.has(`${e.id}#${ev.key}`) || (ev.rejected && withRejected.has(e.id))) } }));
}

/**
 * Clusters a closed part of the record as among all entries: the registry's ids that belong to the part
 * (`inside`) go in as they are, every other published id stays taken (as if retired), so fresh ids come out
 * the same.
 */
function clusterPart(subset: ArticleEntry[], registry: Registry, inside: Set<string>): Clustered {
  const retired = { ...registry.retired };
  for (const id of Object.keys(registry.ids)) if (!inside.has(id) && !(id in retired)) retired[id] = { to: null, reason: '' };
  // In the registry's own order: it orders what a vanished id's message names.
  const ids = Object.fromEntries(Object.keys(registry.ids).filter((id) => inside.has(id)).map((id) => [id, registry.ids[id]!]));
  const pairs: Array<[string, string]> = [];
  const { events, registry: out, alone } = buildTimeline(subset, { ids, retired }, (a, b) => pairs.push([a, b]));
  return { events, ids: out.ids, alone, pairs };
}

/** The registry with a part's ids replaced, sorted as assignIds sorts it. */
function withIds(registry: Registry, drop: Iterable<string>, ids: Registry['ids']): Registry {
  const all = { ...registry.ids };
  for (const id of drop) delete all[id];
  Object.assign(all, ids);
  return { ids: Object.fromEntries(Object.entries(all).sort(([a], [b]) => a.localeCompare(b))), retired: { ...registry.retired } };
}

/**
 * The parts whose clustering from the registry just written differs from `first` (clustered from the
 * registry read): the events that differ or are only in one, the undated reports alone otherwise, and the
 * ids whose members differ.
 */
function unsettledParts(first: Clustered, again: () => Clustered, part: Map<string, number>): number[] {
  let second: Clustered;
  try {
    second = again();
  } catch (e) {
    if (e instanceof VanishedIdError) return [...new Set(part.values())];
    throw e;
  }
  const out = new Set<number>();
  const add = (m: string) => {
    const p = part.get(m);
    if (p !== undefined) out.add(p);
  };
  const json = new Map(first.events.map((e) => [e.id, JSON.stringify(e)]));
  const seen = new Set<string>();
  for (const e of second.events) {
    seen.add(e.id);
    if (json.get(e.id) !== JSON.stringify(e)) for (let k = 0; k < e.sources.length; k++) add(memberOf(e, k));
  }
  for (const e of first.events) if (!seen.has(e.id)) add(memberOf(e));
  const alone = new Map(first.alone.map((a) => [a.member, JSON.stringify(a)]));
  for (const a of second.alone) if (alone.get(a.member) !== JSON.stringify(a)) add(a.member);
  for (const a of first.alone) if (!second.alone.some((b) => b.member === a.member)) add(a.member);
  for (const id of new Set([...Object.keys(first.ids), ...Object.keys(second.ids)])) {
    if (JSON.stringify(first.ids[id]) === JSON.stringify(second.ids[id])) continue;
    for (const m of [...(first.ids[id]?.members ?? []), ...(second.ids[id]?.members ?? [])]) add(m);
  }
  return [...out];
}

const hinted = (list: ArticleEntry[]) => list.some((e) => e.data.events.some((ev) => ev.merge_with));

/**
 * The timeline of `current` (every entry's id and digest; `load` reads an entry whose digest is new), the
 * same as `buildTimeline` of every entry, reusing `prev` where nothing can have changed. Starts over when
 * there is no state or the registry is not the one the last build wrote (an editor retired an id, say).
 */
export function updateTimeline(prev: TimelineState | null, current: Array<{ id: string; digest: string }>, load: (id: string) => Article, registry: Registry): TimelineUpdate {
  const data = (id: string, digest: string) => (prev?.entries[id]?.digest === digest ? prev.entries[id]!.data : clusteringData(load(id)));
  if (!prev || (prev.registry !== registry && !sameRegistry(prev.registry, registry))) {
    return full(current.map(({ id, digest }) => ({ id, digest, data: data(id, digest) })), registry);
  }

  const now = new Map(current.map((c) => [c.id, c.digest]));
  const changed = current.filter((c) => prev.entries[c.id]?.digest !== c.digest).map((c) => c.id);
  const removed = Object.keys(prev.entries).filter((id) => !now.has(id));
  const touched = new Set([...changed, ...removed]);
  if (!touched.size && !prev.unsettled.length) {
    const digests = new Map(prev.events.map((e) => [e.event, e.digest]));
    return { events: prev.events.map((e) => e.event), registry: prev.registry, alone: prev.alone.map((a) => a.alone), state: prev, digests, reclustered: { full: false, entries: 0, reports: 0 }, changes: { entries: [], removed: [], parts: [] } };
  }

  // Where every report of the last build sits.
  const partOf = new Map<string, number>();
  for (const { event, part } of prev.events) for (let k = 0; k < event.sources.length; k++) partOf.set(memberOf(event, k), part);
  const kept: ArticleEntry[] = Object.entries(prev.entries).filter(([id]) => !touched.has(id)).map(([id, e]) => ({ id, data: e.data }));
  const keptReports = reportsOf(kept);
  const fresh: ArticleEntry[] = changed.map((id) => ({ id, data: data(id, now.get(id)!) }));
  const freshReports = reportsOf(fresh);

  // The parts that can change: the unsettled ones, those the touched entries were in, those a new report can
  // be weighed against (grouping weighs together only reports nothing contradicts).
  const parts = new Set<number>(prev.unsettled);
  for (const id of touched) for (const ev of prev.entries[id]?.data.events ?? []) {
    const p = partOf.get(`${id}#${ev.key}`);
    if (p !== undefined) parts.add(p);
  }
  for (const r of freshReports) for (const x of keptReports) if (contradiction(r, x) === null || contradiction(x, r) === null) parts.add(partOf.get(x.member)!);
  // ... and, until nothing is added, every part sharing a registry id with them, or naming one of their ids
  // in merge_with (ids of the touched entries' old and new events included, rejected ones too: a published
  // id must not vanish, nor be withheld, unseen).
  const idsOf = new Map<string, string[]>();
  for (const [id, entry] of Object.entries(registry.ids)) for (const m of entry.members) idsOf.set(m, [...(idsOf.get(m) ?? []), id]);
  const touchedMembers = [
    ...[...touched].flatMap((id) => (prev.entries[id]?.data.events ?? []).map((ev) => `${id}#${ev.key}`)),
    ...fresh.flatMap((e) => e.data.events.map((ev) => `${e.id}#${ev.key}`)),
  ];
  const closureIds = new Set<string>();
  for (let grew = true; grew; ) {
    grew = false;
    const inside = [...keptReports.filter((r) => parts.has(partOf.get(r.member)!)), ...freshReports];
    const ids = new Set<string>();
    for (const m of [...inside.map((r) => r.member), ...touchedMembers]) for (const id of idsOf.get(m) ?? []) ids.add(id);
    for (const r of inside) if (r.event.merge_with && registry.ids[r.event.merge_with]) ids.add(r.event.merge_with);
    for (const id of ids) {
      closureIds.add(id);
      for (const m of registry.ids[id]!.members) {
        const p = partOf.get(m);
        if (p !== undefined && !parts.has(p)) {
          parts.add(p);
          grew = true;
        }
      }
    }
    for (const r of keptReports) {
      const p = partOf.get(r.member)!;
      if (!parts.has(p) && r.event.merge_with && closureIds.has(r.event.merge_with)) {
        parts.add(p);
        grew = true;
      }
    }
  }

  const members = new Set([...keptReports.filter((r) => parts.has(partOf.get(r.member)!)).map((r) => r.member), ...freshReports.map((r) => r.member)]);
  // Entries holding a member of the parts' ids: their rejected events decide whether such an id is withheld.
  const withRejected = new Set([...closureIds].flatMap((id) => registry.ids[id]!.members.map(articleOf)));
  const subset = restrict([...kept, ...fresh], members, withRejected);
  const local = clusterPart(subset, registry, closureIds);
  const next = withIds(registry, closureIds, local.ids);
  const subsetMembers = reportsOf(subset).map((r) => r.member);
  const { part, next: nextPart } = partsOf(subsetMembers, subset, local, next, prev.nextPart);
  const unsettled = [
    ...prev.unsettled.filter((p) => !parts.has(p)),
    ...(hinted(subset) ? unsettledParts(local, () => clusterPart(subset, next, new Set(Object.keys(local.ids))), part) : []),
  ];
  const events = [
    ...prev.events.filter((e) => !parts.has(e.part)),
    ...local.events.map((event) => ({ event, digest: eventDigest(event), part: part.get(memberOf(event))! })),
  ].sort((a, b) => timelineOrder(a.event, b.event));
  const alone = [...prev.alone.filter((a) => !parts.has(a.part)), ...local.alone.map((a) => ({ alone: a, part: part.get(a.member)! }))].sort((a, b) => byMember(a.alone, b.alone));
  const entries = { ...prev.entries };
  for (const id of removed) delete entries[id];
  for (const e of fresh) entries[e.id] = { digest: now.get(e.id)!, data: e.data };
  const state: TimelineState = { entries, events, alone, registry: next, unsettled, nextPart };
  return {
    events: events.map((e) => e.event), registry: next, alone: alone.map((a) => a.alone), state, digests: new Map(events.map((e) => [e.event, e.digest])),
    reclustered: { full: false, entries: subset.length, reports: subsetMembers.length },
    changes: { entries: changed, removed, parts: [...parts] },
  };
}

/** The whole record clustered at once, and its parts. */
function full(entries: Array<{ id: string; digest: string; data: Article }>, registry: Registry): TimelineUpdate {
  const list = entries.map(({ id, data }) => ({ id, data }));
  const pairs: Array<[string, string]> = [];
  const { events, registry: next, alone } = buildTimeline(list, registry, (a, b) => pairs.push([a, b]));
  const clustered: Clustered = { events, ids: next.ids, alone, pairs };
  const members = reportsOf(list).map((r) => r.member);
  const { part, next: nextPart } = partsOf(members, list, clustered, next, 0);
  // Only merge_with reads the registry while grouping: the parts with one are clustered again from the
  // registry just written, and those that come out otherwise are left for the next build to cluster again.
  const unsettled = hinted(list)
    ? unsettledParts(clustered, () => {
        const again = buildTimeline(list, next);
        return { events: again.events, ids: again.registry.ids, alone: again.alone, pairs: [] };
      }, part)
    : [];
  const withParts = events.map((event) => ({ event, digest: eventDigest(event), part: part.get(memberOf(event))! }));
  const state: TimelineState = {
    entries: Object.fromEntries(entries.map((e) => [e.id, { digest: e.digest, data: e.data }])),
    events: withParts, alone: alone.map((a) => ({ alone: a, part: part.get(a.member)! })), registry: next, unsettled, nextPart,
  };
  return { events, registry: next, alone, state, digests: new Map(withParts.map((e) => [e.event, e.digest])), reclustered: { full: true, entries: entries.length, reports: members.length }, changes: null };
}
