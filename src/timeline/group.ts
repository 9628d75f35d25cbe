import { lineage } from '../schema/agency.ts';
import { sameAction, type Report } from './compatible.ts';

/**
 * Groups reports of the same action. Candidates are compared only within a block (the top agency of their
 * lineage) and, when both are dated, only while their spans can still overlap, so 20,000 events cluster in
 * well under a second. Two reports from one article never end up together: the extractor already split them.
 */
export function groupReports(reports: Report[]): Report[][] {
  const parent = reports.map((_, i) => i);
  const articles = reports.map((r) => new Set([r.article]));
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a === b) return;
    for (const art of articles[b]!) if (articles[a]!.has(art)) return; // cannot-link: one article, two actions
    const [keep, gone] = a < b ? [a, b] : [b, a];
    parent[gone] = keep;
    for (const art of articles[gone]!) articles[keep]!.add(art);
  };

  const blocks = new Map<string, number[]>();
  reports.forEach((r, i) => {
    for (const root of new Set(r.event.agencies.map((a) => lineage(a).at(-1)!))) {
      const list = blocks.get(root) ?? [];
      list.push(i);
      blocks.set(root, list);
    }
  });
  for (const members of blocks.values()) {
    const dated = members.filter((i) => reports[i]!.span).sort((i, j) => reports[i]!.span![0] - reports[j]!.span![0]);
    const open = members.filter((i) => !reports[i]!.span);
    const SLACK = 91 * 86_400_000;
    for (let k = 0; k < dated.length; k++) {
      const a = reports[dated[k]!]!;
      for (let l = k + 1; l < dated.length; l++) {
        const b = reports[dated[l]!]!;
        if (b.span![0] > a.span![1] + SLACK) break;
        if (sameAction(a, b)) union(dated[k]!, dated[l]!);
      }
    }
    for (const i of open) for (const j of members) if (i !== j && sameAction(reports[i]!, reports[j]!)) union(i, j);
  }

  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(r);
    groups.set(root, list);
  });
  return [...groups.values()];
}
