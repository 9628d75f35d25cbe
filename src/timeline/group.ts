import { lineage } from '../schema/agency.ts';
import { ACTION_NOUN, OFTEN_PLACELESS } from '../data/action-kinds.ts';
import { contradiction, evidence, reasons, DAY_SLACK, type Evidence } from './compare.ts';
import { DAY } from './interval.ts';
import type { Report } from './report.ts';

/** One merge, as an editor checks it: `report` joined the event through `joined`, because of `because`. */
export interface Join { report: string; joined: string; because: string }

/** An undated report left on its own, why, and the dated events it might be (a report of each, `<slug>#<key>`). */
export interface Alone { member: string; candidates: string[]; reason: string }

export interface Grouping { groups: Report[][]; joins: Join[]; alone: Alone[] }

const placeless = (r: Report) => !r.event.places.length;
const roots = (r: Report) => [...new Set(r.event.agencies.map((a) => lineage(a).at(-1)!))];

/** Lists of report indexes under keys; a list keeps the order reports were added in. */
class Index {
  readonly lists = new Map<string, number[]>();
  add(key: string, i: number): void {
    const list = this.lists.get(key);
    if (list) list.push(i);
    else this.lists.set(key, [i]);
  }
  get(key: string): readonly number[] {
    return this.lists.get(key) ?? [];
  }
}

type Pair = { i: number; j: number; ev: Evidence };

/**
 * Groups the reports of one real-world action. Pure and deterministic: the same reports give the same
 * groups and explanations, whatever their order.
 *
 * 1. Dated reports join when their dates overlap at the coarser precision (a few days' slack between two
 *    days), nothing contradicts (see compare.ts), and a place, a count or an operation is shared (or
 *    neither names a place). Best-supported pairs first; a group takes a report only when that report
 *    fits every member (so no group holds dates that cannot overlap) and no member is from its article.
 * 2. An undated report joins a dated group only on strong evidence with one of its members (the same
 *    named operation, or the same units and count with no place against it) and fits every member; or,
 *    told without a place, when that group is the only dated event of the same action by related
 *    agencies, without a place, in the time the report can lie in (for deputizations, reassignments and
 *    plans only, which often have no place; see src/data/action-kinds.ts). Two candidate groups: it
 *    stands alone, and the candidates are named for the editor. Two reports of one article drawn to one
 *    group: the better-supported joins, on a tie neither.
 * 3. Undated reports left alone join each other on strong evidence only.
 *
 * Candidates come from indexes (top agency, named operation, units, action), never from every pair, so a
 * record of 20,000 article events groups in about a second.
 *
 * `coupled`, when given, hears of every pair whose relation can decide the outcome: each pair of dated
 * reports that may merge (step 1), each dated report an undated one is weighed against (step 2), and each
 * pair of undated reports step 3 could weigh, whichever are left alone. Reports that no chain of such pairs
 * links group independently: the incremental timeline (incremental.ts) re-groups only the part of the
 * record a change can reach, and relies on every such pair being told. Each told pair is one `contradiction`
 * finds nothing in.
 */
export function groupReports(reports: Report[], coupled?: (i: number, j: number) => void): Grouping {
  const groupOf = reports.map((_, i) => i);
  const members = reports.map((_, i) => [i]);
  const joins: Join[] = [];
  const fitsAll = (i: number, g: number) => members[g]!.every((j) => contradiction(reports[i]!, reports[j]!) === null);
  const canMerge = (a: number, b: number) => members[a]!.every((i) => fitsAll(i, b));
  const merge = (a: number, b: number, report: number, joined: number, because: string) => {
    const [keep, gone] = a < b ? [a, b] : [b, a];
    for (const i of members[gone]!) groupOf[i] = keep;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
    joins.push({ report: reports[report]!.member, joined: reports[joined]!.member, because });
  };
  // Candidate pairs of one phase, best-supported first, merged while every member still fits; `j` joins `i`.
  const mergePairs = (pairs: Pair[]) => {
    pairs.sort((p, q) => q.ev.score - p.ev.score || reports[p.i]!.member.localeCompare(reports[q.i]!.member) || reports[p.j]!.member.localeCompare(reports[q.j]!.member));
    for (const { i, j } of pairs) {
      const [a, b] = [groupOf[i]!, groupOf[j]!];
      if (a !== b && canMerge(a, b)) merge(a, b, j, i, reasons(reports[j]!, reports[i]!).join('; '));
    }
  };
  const seen = new Set<number>();
  const once = (i: number, j: number) => {
    const k = Math.min(i, j) * reports.length + Math.max(i, j);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };

  // Indexes, each list in order of start. Dated reports: by top agency and by operation (step 1); by
  // units and place, units without a place, units with a count, and action without a place under a top
  // agency (step 2's candidates). Undated reports: by operation, and by units when they give a count (step 3).
  const dated = new Index();
  const candidates = new Index();
  const undatedIndex = new Index();
  const order = reports.map((_, i) => i).sort((i, j) => (reports[i]!.span?.[0] ?? 0) - (reports[j]!.span?.[0] ?? 0) || i - j);
  for (const i of order) {
    const r = reports[i]!;
    const counted = r.event.personnel != null;
    if (r.span) {
      for (const root of roots(r)) dated.add(root, i);
      if (r.operation) {
        dated.add(`op:${r.operation}`, i);
        candidates.add(`op:${r.operation}`, i);
      }
      for (const p of r.event.places) candidates.add(`up:${r.unitsKey}|${p}`, i);
      if (placeless(r)) {
        candidates.add(`u0:${r.unitsKey}`, i);
        for (const root of roots(r)) candidates.add(`a0:${r.event.action}|${root}`, i);
      }
      if (counted) candidates.add(`uc:${r.unitsKey}`, i);
    } else {
      if (r.operation) undatedIndex.add(`op:${r.operation}`, i);
      if (counted && r.unitsKey) undatedIndex.add(`uc:${r.unitsKey}`, i);
    }
  }

  // 1. Dated reports, swept in order of start within each block while their spans can still overlap.
  const datedPairs: Pair[] = [];
  for (const list of dated.lists.values()) {
    for (let k = 0; k < list.length; k++) {
      const x = reports[list[k]!]!;
      for (let l = k + 1; l < list.length; l++) {
        const y = reports[list[l]!]!;
        if (y.span![0] > x.span![1] + DAY_SLACK * DAY) break;
        if (!once(list[k]!, list[l]!) || contradiction(x, y)) continue;
        const ev = evidence(y, x);
        if (ev.rule) {
          datedPairs.push({ i: list[k]!, j: list[l]!, ev });
          coupled?.(list[k]!, list[l]!);
        }
      }
    }
  }
  mergePairs(datedPairs);

  // 2. Each undated report against the dated groups as they stand after step 1.
  const undated = reports.map((_, i) => i).filter((i) => !reports[i]!.span);
  const alone: Alone[] = [];
  type Choice = { u: number; group: number; strong: boolean; ev: Evidence; via: number; because: string };
  const choices: Choice[] = [];
  for (const u of undated) {
    const r = reports[u]!;
    const hi = r.within[1] ?? Infinity;
    // Dated reports that could be the same: of its operation; of its units at one of its places, or
    // without a place; of its units with a count, when it gives a count and no place; and (for the
    // only-candidate rule) of its action, without a place, under its top agencies. Sorted by start:
    // each list is read up to the end of the report's time.
    const lists = [
      ...(r.operation ? [candidates.get(`op:${r.operation}`)] : []),
      ...(r.unitsKey ? [...r.event.places.map((p) => candidates.get(`up:${r.unitsKey}|${p}`)), candidates.get(`u0:${r.unitsKey}`)] : []),
      ...(r.unitsKey && placeless(r) && r.event.personnel != null ? [candidates.get(`uc:${r.unitsKey}`)] : []),
      ...(placeless(r) && OFTEN_PLACELESS.has(r.event.action) ? roots(r).map((root) => candidates.get(`a0:${r.event.action}|${root}`)) : []),
    ];
    const strong = new Map<number, { ev: Evidence; via: number }>();
    const weak = new Map<number, number>();
    const compatible = new Map<number, number>();
    const tried = new Set<number>();
    for (const list of lists) {
      for (const d of list) {
        const x = reports[d]!;
        if (x.span![0] > hi) break;
        if (tried.has(d)) continue;
        tried.add(d);
        if (contradiction(r, x)) continue;
        const g = groupOf[d]!;
        const ev = evidence(r, x);
        coupled?.(u, d);
        compatible.set(g, Math.max(compatible.get(g) ?? -Infinity, ev.score));
        if (ev.rule) {
          if (!strong.has(g) || strong.get(g)!.ev.score < ev.score) strong.set(g, { ev, via: d });
        } else if (placeless(r) && placeless(x) && r.event.action === x.event.action && OFTEN_PLACELESS.has(r.event.action) && r.event.agencies.length) {
          if (!weak.has(g)) weak.set(g, d);
        }
      }
    }
    const s = [...strong].filter(([g]) => fitsAll(u, g));
    // The only-candidate rule speaks for a group only when the whole event is told without a place.
    const w = [...weak].filter(([g]) => fitsAll(u, g) && members[g]!.every((i) => placeless(reports[i]!)));
    const lead = (g: number) => reports[Math.min(...members[g]!)]!.member;
    if (s.length === 1) {
      const [g, { ev, via }] = s[0]!;
      choices.push({ u, group: g, strong: true, ev, via, because: reasons(r, reports[via]!).join('; ') });
    } else if (s.length > 1) alone.push({ member: r.member, candidates: s.map(([g]) => lead(g)).sort(), reason: 'fits more than one dated event' });
    else if (w.length === 1) {
      const [g, via] = w[0]!;
      const why = reasons(r, reports[via]!);
      const because = [why[0]!, `the only dated ${ACTION_NOUN[r.event.action]} by ${reports[via]!.units.join(', ')} told without a place in that time`, ...why.slice(1)].join('; ');
      choices.push({ u, group: g, strong: false, ev: evidence(r, reports[via]!), via, because });
    } else if (w.length > 1) alone.push({ member: r.member, candidates: w.map(([g]) => lead(g)).sort(), reason: 'fits more than one dated event told without a place' });
    else {
      // The closest three first: the dated events an editor would check before setting merge_with.
      const maybe: string[] = [];
      for (const [g] of [...compatible].sort((a, b) => b[1] - a[1] || lead(a[0]).localeCompare(lead(b[0])))) {
        if (maybe.length === 3) break;
        if (fitsAll(u, g)) maybe.push(lead(g));
      }
      alone.push({ member: r.member, candidates: maybe, reason: maybe.length ? 'nothing strong enough ties it to a dated event (same operation, or same agencies and count)' : 'no dated event of its agencies and places it could be' });
    }
  }
  // Two reports of one article drawn to one group: only the better-supported one can be its report.
  const contested = new Map<string, Choice[]>();
  for (const c of choices) {
    const key = `${c.group}\n${reports[c.u]!.article}`;
    const list = contested.get(key);
    if (list) list.push(c);
    else contested.set(key, [c]);
  }
  const rank = (c: Choice) => (c.strong ? 1000 : 0) + c.ev.score;
  for (const list of contested.values()) {
    list.sort((a, b) => rank(b) - rank(a));
    const winner = list.length === 1 || rank(list[0]!) > rank(list[1]!) ? list[0] : undefined;
    for (const c of list) {
      const r = reports[c.u]!;
      if (c !== winner) alone.push({ member: r.member, candidates: [reports[c.via]!.member], reason: 'another report of its article fits that event as well or better' });
      else if (fitsAll(c.u, groupOf[c.via]!)) merge(groupOf[c.via]!, groupOf[c.u]!, c.u, c.via, c.because);
      else alone.push({ member: r.member, candidates: [reports[c.via]!.member], reason: 'does not fit every report of that event' });
    }
  }

  // 3. Undated reports still on their own, with each other, on strong evidence only: the same operation,
  // or the same units and count.
  const left = new Set(undated.filter((u) => members[groupOf[u]!]!.length === 1));
  const undatedPairs: Pair[] = [];
  for (const list of undatedIndex.lists.values()) {
    const here = list.filter((i) => left.has(i));
    for (let k = 0; k < here.length; k++) {
      for (let l = k + 1; l < here.length; l++) {
        const [i, j] = [here[k]!, here[l]!];
        if (!once(i, j) || contradiction(reports[i]!, reports[j]!)) continue;
        const ev = evidence(reports[j]!, reports[i]!);
        if (ev.rule) undatedPairs.push({ i, j, ev });
      }
    }
    // Which undated reports are left depends on step 2, so every pair that could be weighed here is told.
    if (coupled) {
      for (let k = 0; k < list.length; k++) {
        for (let l = k + 1; l < list.length; l++) {
          const [i, j] = [list[k]!, list[l]!];
          if (!contradiction(reports[i]!, reports[j]!) && evidence(reports[j]!, reports[i]!).rule) coupled(i, j);
        }
      }
    }
  }
  mergePairs(undatedPairs);

  const groups = members.filter((m) => m.length).map((m) => m.sort((a, b) => a - b).map((i) => reports[i]!));
  // An undated report that joined other undated ones in step 3 is no longer alone.
  const grouped = new Set(groups.filter((g) => g.length > 1).flatMap((g) => g.map((r) => r.member)));
  return { groups, joins, alone: alone.filter((a) => !grouped.has(a.member)).sort((a, b) => a.member.localeCompare(b.member)) };
}
