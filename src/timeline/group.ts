import { lineage } from '../schema/agency.ts';
import { ACTION_NOUN, OFTEN_PLACELESS } from '../data/action-kinds.ts';
import { contradiction, datesFit, evidence, DAY_SLACK, type Evidence } from './compare.ts';
import { DAY } from './interval.ts';
import type { Report } from './report.ts';

/** One merge, as an editor checks it: `report` joined the event through `joined`, because of `because`. */
export interface Join { report: string; joined: string; because: string }

/** An undated report left on its own, why, and the dated events it might be (a report of each, `<slug>#<key>`). */
export interface Alone { member: string; candidates: string[]; reason: string }

export interface Grouping { groups: Report[][]; joins: Join[]; alone: Alone[] }

/** Blocks: reports are compared only with reports under the same top agency, or of the same named operation. */
function blockKeys(r: Report): string[] {
  return [...new Set([...r.event.agencies.map((a) => lineage(a).at(-1)!), ...(r.operation ? [`op:${r.operation}`] : [])])];
}

const placeless = (r: Report) => !r.event.places.length;

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
 *    plans only, which often have no place; see src/data/action-kinds.ts). Two candidate groups: it stands alone,
 *    and the candidates are named for the editor. Two reports of one article drawn to one group: the
 *    better-supported joins, on a tie neither.
 * 3. Undated reports left alone join each other on strong evidence only.
 */
export function groupReports(reports: Report[]): Grouping {
  const groupOf = reports.map((_, i) => i);
  const members = reports.map((_, i) => [i]);
  const joins: Join[] = [];
  const fitsAll = (i: number, g: number) => members[g]!.every((j) => contradiction(reports[i]!, reports[j]!) === null);
  const canMerge = (a: number, b: number) => members[a]!.every((i) => fitsAll(i, b));
  const merge = (a: number, b: number, join: Join) => {
    const [keep, gone] = a < b ? [a, b] : [b, a];
    for (const i of members[gone]!) groupOf[i] = keep;
    members[keep]!.push(...members[gone]!);
    members[gone] = [];
    joins.push(join);
  };

  const blocks = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const key of blockKeys(r)) blocks.set(key, [...(blocks.get(key) ?? []), i]);
  });

  // Candidate pairs of one phase, best-supported first, merged while every member still fits.
  const mergePairs = (pairs: Array<{ i: number; j: number; ev: Evidence }>) => {
    pairs.sort((p, q) => q.ev.score - p.ev.score || reports[p.i]!.member.localeCompare(reports[q.i]!.member) || reports[p.j]!.member.localeCompare(reports[q.j]!.member));
    for (const { i, j, ev } of pairs) {
      const [a, b] = [groupOf[i]!, groupOf[j]!];
      if (a !== b && canMerge(a, b)) merge(a, b, { report: reports[j]!.member, joined: reports[i]!.member, because: ev.because });
    }
  };
  const seen = new Set<number>();
  const once = (i: number, j: number) => {
    const k = Math.min(i, j) * reports.length + Math.max(i, j);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };

  // 1. Dated reports, swept in order of start within each block while their spans can still overlap.
  const datedPairs: Array<{ i: number; j: number; ev: Evidence }> = [];
  for (const list of blocks.values()) {
    const dated = list.filter((i) => reports[i]!.span).sort((i, j) => reports[i]!.span![0] - reports[j]!.span![0] || i - j);
    for (let k = 0; k < dated.length; k++) {
      const x = reports[dated[k]!]!;
      for (let l = k + 1; l < dated.length; l++) {
        const y = reports[dated[l]!]!;
        if (y.span![0] > x.span![1] + DAY_SLACK * DAY) break;
        if (!once(dated[k]!, dated[l]!) || contradiction(x, y)) continue;
        // Told from the side of the report that joins (the later one), as merged_because reads.
        const ev = evidence(y, x);
        if (ev.rule) datedPairs.push({ i: dated[k]!, j: dated[l]!, ev });
      }
    }
  }
  mergePairs(datedPairs);

  // 2. Each undated report against the dated groups as they stand after step 1.
  const undated = reports.map((_, i) => i).filter((i) => !reports[i]!.span);
  const alone: Alone[] = [];
  type Choice = { u: number; group: number; strong: boolean; ev: Evidence; via: number };
  const choices: Choice[] = [];
  for (const u of undated) {
    const r = reports[u]!;
    const strong = new Map<number, { ev: Evidence; via: number }>();
    const weak = new Map<number, { ev: Evidence; via: number }>();
    const compatible = new Map<number, number>();
    for (const key of blockKeys(r)) {
      for (const d of blocks.get(key)!) {
        const x = reports[d]!;
        if (!x.span || !datesFit(r, x) || contradiction(r, x)) continue;
        const g = groupOf[d]!;
        const ev = evidence(r, x);
        compatible.set(g, Math.max(compatible.get(g) ?? -Infinity, ev.score));
        if (ev.rule) {
          if (!strong.has(g) || strong.get(g)!.ev.score < ev.score) strong.set(g, { ev, via: d });
        } else if (placeless(r) && placeless(x) && r.event.action === x.event.action && OFTEN_PLACELESS.has(r.event.action) && r.event.agencies.length) {
          if (!weak.has(g)) weak.set(g, { ev, via: d });
        }
      }
    }
    const fitting = (m: Map<number, { ev: Evidence; via: number }>) => [...m].filter(([g]) => fitsAll(u, g));
    const s = fitting(strong);
    // The only-candidate rule speaks for a group only when the whole event is told without a place.
    const w = fitting(weak).filter(([g]) => members[g]!.every((i) => placeless(reports[i]!)));
    const lead = (g: number) => reports[Math.min(...members[g]!)]!.member;
    if (s.length === 1) choices.push({ u, group: s[0]![0], strong: true, ev: s[0]![1].ev, via: s[0]![1].via });
    else if (s.length > 1) alone.push({ member: r.member, candidates: s.map(([g]) => lead(g)).sort(), reason: 'fits more than one dated event' });
    else if (w.length === 1) {
      const [g, { ev, via }] = w[0]!;
      const reasons = [ev.reasons[0]!, `the only dated ${ACTION_NOUN[r.event.action]} by ${reports[via]!.units.join(', ')} told without a place in that time`, ...ev.reasons.slice(1)];
      choices.push({ u, group: g, strong: false, via, ev: { ...ev, reasons, because: reasons.join('; ') } });
    } else if (w.length > 1) alone.push({ member: r.member, candidates: w.map(([g]) => lead(g)).sort(), reason: 'fits more than one dated event told without a place' });
    else {
      // The closest first: the dated events an editor would check before setting merge_with.
      const maybe = [...compatible].filter(([g]) => fitsAll(u, g)).sort((a, b) => b[1] - a[1] || lead(a[0]).localeCompare(lead(b[0]))).map(([g]) => lead(g));
      alone.push({ member: r.member, candidates: maybe.slice(0, 3), reason: maybe.length ? 'nothing strong enough ties it to a dated event (same operation, or same agencies and count)' : 'no dated event it could be' });
    }
  }
  // Two reports of one article drawn to one group: only the better-supported one can be its report.
  const contested = new Map<string, Choice[]>();
  for (const c of choices) contested.set(`${c.group}\n${reports[c.u]!.article}`, [...(contested.get(`${c.group}\n${reports[c.u]!.article}`) ?? []), c]);
  const rank = (c: Choice) => (c.strong ? 1000 : 0) + c.ev.score;
  for (const list of contested.values()) {
    list.sort((a, b) => rank(b) - rank(a));
    const winner = list.length === 1 || rank(list[0]!) > rank(list[1]!) ? list[0] : undefined;
    for (const c of list) {
      const r = reports[c.u]!;
      if (c !== winner) alone.push({ member: r.member, candidates: [reports[c.via]!.member], reason: 'another report of its article fits that event as well or better' });
      else if (fitsAll(c.u, groupOf[c.via]!)) merge(groupOf[c.via]!, groupOf[c.u]!, { report: r.member, joined: reports[c.via]!.member, because: c.ev.because });
      else alone.push({ member: r.member, candidates: [reports[c.via]!.member], reason: 'does not fit every report of that event' });
    }
  }

  // 3. Undated reports still on their own, with each other, on strong evidence only.
  const left = undated.filter((u) => members[groupOf[u]!]!.length === 1);
  const leftSet = new Set(left);
  const undatedPairs: Array<{ i: number; j: number; ev: Evidence }> = [];
  for (const list of blocks.values()) {
    const here = list.filter((i) => leftSet.has(i));
    for (let k = 0; k < here.length; k++) {
      for (let l = k + 1; l < here.length; l++) {
        const [i, j] = [here[k]!, here[l]!];
        if (!once(i, j) || contradiction(reports[i]!, reports[j]!)) continue;
        const ev = evidence(reports[j]!, reports[i]!);
        if (ev.rule) undatedPairs.push({ i, j, ev });
      }
    }
  }
  mergePairs(undatedPairs);

  const groups = members.filter((m) => m.length).map((m) => m.sort((a, b) => a - b).map((i) => reports[i]!));
  // An undated report that joined other undated ones in step 3 is no longer alone.
  const grouped = new Set(groups.filter((g) => g.length > 1).flatMap((g) => g.map((r) => r.member)));
  return { groups, joins, alone: alone.filter((a) => !grouped.has(a.member)).sort((a, b) => a.member.localeCompare(b.member)) };
}
