import { z } from 'astro/zod';
import { slugify } from '../lib/slug.ts';

/** content/ids.json: every id ever published, the article events it covers, and ids retired on purpose. */
export const Registry = z.object({
  /** id -> the article events (`<slug>#<key>`) it was published for. */
  ids: z.record(z.string(), z.object({ members: z.array(z.string()) })).default({}),
  /** id -> where it now points (a surviving id) or null, with the editor's reason; never reused. */
  retired: z.record(z.string(), z.object({ to: z.string().nullable(), reason: z.string() })).default({}),
});
export type Registry = z.output<typeof Registry>;

export interface Cluster { members: string[]; base: string }
export interface Assigned { id: string; aliases: string[] }

/** Thrown when a published id would disappear: the build stops and names it. */
export class VanishedIdError extends Error {}

/** A readable id candidate: date, agencies, then places or operation, at most 60 characters. */
export function baseId(parts: { date: string | null; agencies: string[]; places: string[]; operation: string | null; action: string }): string {
  const where = parts.operation ? [parts.operation.replace(/^Operation\s+/i, 'op ')] : parts.places.slice(0, 2).map((p) => p.replace(/, [A-Z]{2}$/, ''));
  const raw = [parts.date ?? 'undated', ...parts.agencies.slice(0, 2), ...(where.length ? where : [parts.action])].join(' ');
  return slugify(raw, 60) || 'event';
}

/**
 * Gives every cluster an id that never changes once published. A cluster keeps the registry id whose
 * members it shares most; when two published clusters merge, the other id becomes an alias; new clusters
 * get a fresh readable id that no published, aliased or retired id uses. Returns the ids and the updated
 * registry; throws VanishedIdError naming each published id left without a cluster and not retired.
 * An id whose every member an editor rejected (`rejected`, `<slug>#<key>`) is withheld, not vanished: it
 * stays in the registry as it was, so it is never reused and comes back if the rejection is undone.
 */
export function assignIds(clusters: Cluster[], registry: Registry, rejected: ReadonlySet<string> = new Set()): { assigned: Assigned[]; registry: Registry } {
  const owner = new Map<string, number>();
  clusters.forEach((c, i) => c.members.forEach((m) => owner.set(m, i)));
  const claims: Array<{ id: string; cluster: number; shared: number }> = [];
  for (const [id, entry] of Object.entries(registry.ids)) {
    const counts = new Map<number, number>();
    for (const m of entry.members) {
      const c = owner.get(m);
      if (c !== undefined) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const [cluster, shared] of counts) claims.push({ id, cluster, shared });
  }
  claims.sort((a, b) => b.shared - a.shared || a.id.localeCompare(b.id) || a.cluster - b.cluster);
  const primary = new Map<number, string>();
  const aliases = new Map<number, string[]>();
  const placed = new Set<string>();
  for (const c of claims) {
    if (placed.has(c.id)) continue;
    placed.add(c.id);
    if (!primary.has(c.cluster)) primary.set(c.cluster, c.id);
    else aliases.set(c.cluster, [...(aliases.get(c.cluster) ?? []), c.id]);
  }
  const withheld = Object.keys(registry.ids).filter((id) => !placed.has(id) && registry.ids[id]!.members.length > 0 && registry.ids[id]!.members.every((m) => rejected.has(m)));
  const vanished = Object.keys(registry.ids).filter((id) => !placed.has(id) && !(id in registry.retired) && !withheld.includes(id));
  if (vanished.length) {
    throw new VanishedIdError(
      `published event id${vanished.length > 1 ? 's' : ''} ${vanished.map((v) => `"${v}"`).join(', ')} would vanish: no event covers ${vanished.length > 1 ? 'their' : 'its'} articles any more. ` +
        `Restore the article, or retire the id in content/ids.json: "retired": { "${vanished[0]}": { "to": "<surviving id or null>", "reason": "..." } }`,
    );
  }
  const taken = new Set([...Object.keys(registry.ids), ...Object.keys(registry.retired)]);
  // Fresh ids in a fixed order (by base, then members), so the same content always gets the same ids.
  const order = clusters.map((_, i) => i).filter((i) => !primary.has(i)).sort((i, j) => clusters[i]!.base.localeCompare(clusters[j]!.base) || clusters[i]!.members[0]!.localeCompare(clusters[j]!.members[0]!));
  for (const i of order) {
    let id = clusters[i]!.base;
    for (let n = 2; taken.has(id); n++) id = `${clusters[i]!.base}-${n}`;
    taken.add(id);
    primary.set(i, id);
  }
  const next: Registry = { ids: Object.fromEntries(withheld.map((id) => [id, registry.ids[id]!])), retired: { ...registry.retired } };
  const assigned = clusters.map((c, i) => {
    const id = primary.get(i)!;
    const own = aliases.get(i) ?? [];
    // An alias keeps its old members in the registry, so it is still claimed (and still an alias) next time.
    next.ids[id] = { members: [...c.members].sort() };
    for (const a of own) next.ids[a] = registry.ids[a]!;
    const retiredHere = Object.entries(registry.retired).filter(([, r]) => r.to === id).map(([old]) => old);
    return { id, aliases: [...own, ...retiredHere].sort() };
  });
  next.ids = Object.fromEntries(Object.entries(next.ids).sort(([a], [b]) => a.localeCompare(b)));
  return { assigned, registry: next };
}
