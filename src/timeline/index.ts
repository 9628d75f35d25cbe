import type { ArticleEvent } from '../schema/event.ts';
import type { Disagreement, Source, TimelineEvent } from '../schema/timeline-event.ts';
import { reportsOf, type ArticleEntry, type Report } from './report.ts';
import { groupReports, type Join } from './group.ts';
import { assignIds, baseId, type Registry } from './ids.ts';
import { summarize } from './summary.ts';

export type { ArticleEntry } from './report.ts';
export type { Join } from './group.ts';

const PRECISION_RANK = { day: 3, month: 2, year: 1 } as const;

/** The report whose values stand for the event: reviewed first, then the most precise date, then confidence. */
function lead(reports: Report[]): Report {
  return [...reports].sort((a, b) =>
    Number(b.event.reviewed) - Number(a.event.reviewed) ||
    (b.event.date_precision ? PRECISION_RANK[b.event.date_precision] : 0) - (a.event.date_precision ? PRECISION_RANK[a.event.date_precision] : 0) ||
    b.event.confidence - a.event.confidence ||
    a.member.localeCompare(b.member),
  )[0]!;
}

function disagreements(reports: Report[], articleOf: (r: Report) => string): Disagreement[] {
  const fields: Array<[Disagreement['field'], (e: ArticleEvent) => string | null]> = [
    ['date', (e) => e.date],
    ['personnel', (e) => (e.personnel == null ? null : `${e.personnel_qualifier === 'approx' ? 'about ' : e.personnel_qualifier === 'up_to' ? 'up to ' : e.personnel_qualifier === 'at_least' ? 'at least ' : ''}${e.personnel}`)],
    ['places', (e) => (e.places.length ? [...e.places].sort().join('; ') : null)],
    ['operation', (e) => e.operation],
    ['action', (e) => e.action],
  ];
  const out: Disagreement[] = [];
  for (const [field, value] of fields) {
    const byValue = new Map<string, string[]>();
    for (const r of reports) {
      const v = value(r.event);
      if (v === null) continue;
      byValue.set(v, [...(byValue.get(v) ?? []), articleOf(r)]);
    }
    if (byValue.size > 1) out.push({ field, values: [...byValue].map(([v, articles]) => ({ value: v, articles })) });
  }
  return out;
}

/** What the timeline gives besides the events: the updated registry and the undated reports left alone. */
export interface Timeline {
  events: TimelineEvent[];
  /** content/ids.json as it must be after this build. */
  registry: Registry;
  /**
   * Undated reports standing alone: the report (`<slug>#<key>`), its own event's id, why it stands alone,
   * and the ids of dated events it could be (an editor confirms one with merge_with). For `npm run review`.
   */
  alone: Array<{ member: string; id: string; reason: string; candidates: string[] }>;
}

/**
 * Clusters every article's events into timeline events with stable ids, each merge explained in
 * `merged_because`. Pure: a function of the entries and the registry only (the same input gives the same
 * output, whatever the entries' order); the caller reads and writes content/ids.json. Events an editor
 * rejected are left out, and an id published for rejected events only is kept in the registry, not
 * reported as vanished. Throws VanishedIdError when a published id has lost every article event.
 */
export function buildTimeline(entries: ArticleEntry[], registry: Registry = { ids: {}, retired: {} }, coupled?: (a: string, b: string) => void): Timeline {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const reports = reportsOf(entries);
  // `coupled` hears of the reports grouping weighed together (see groupReports), by member.
  const grouping = groupReports(reports, coupled && ((i, j) => coupled(reports[i]!.member, reports[j]!.member)));
  const { groups, joins } = applyMergeHints(grouping.groups, grouping.joins, registry);
  const groupIndex = new Map(groups.flatMap((g, i) => g.map((r) => [r.member, i] as const)));
  const joinsOf = groups.map(() => [] as Join[]);
  for (const j of joins) if (groupIndex.get(j.report) === groupIndex.get(j.joined)) joinsOf[groupIndex.get(j.report)!]!.push(j);
  const drafts = groups.map((g) => {
    const main = lead(g);
    const dated = g.filter((r) => r.span);
    const when = dated.length ? lead(dated).event : null;
    const e = main.event;
    const agencies = [...new Set(g.flatMap((r) => r.event.agencies))];
    const places = [...new Set([...e.places, ...g.flatMap((r) => r.event.places)])];
    const personnelFrom = [main, ...g].find((r) => r.event.personnel != null)?.event ?? e;
    const fields = {
      date: when?.date ?? null,
      date_precision: when?.date_precision ?? null,
      agencies,      action: e.action,
      personnel: personnelFrom.personnel,
      personnel_qualifier: personnelFrom.personnel != null ? personnelFrom.personnel_qualifier : null,
      places,
      origin: g.map((r) => r.event.origin).find(Boolean) ?? null,
      operation: g.map((r) => r.event.operation).find(Boolean) ?? null,
    };
    return { g, main, fields, base: baseId(fields) };
  });
  const rejected = new Set(entries.flatMap((e) => e.data.events.filter((v) => v.rejected).map((v) => `${e.id}#${v.key}`)));
  const { assigned, registry: next } = assignIds(drafts.map((d) => ({ members: d.g.map((r) => r.member), base: d.base })), registry, rejected);
  const events: TimelineEvent[] = drafts.map((d, i) => {
    const sources: Source[] = [...d.g].sort((a, b) => a.member.localeCompare(b.member)).map((r) => {
      const a = byId.get(r.article)!.data;
      return {
        article: r.article,
        source_file: a.source_file,
        event_key: r.event.key,
        evidence: r.event.evidence,
        title: a.title,
        publisher: a.publisher,
        published: a.published,
        date: r.event.date,
        date_precision: r.event.date_precision,
        personnel: r.event.personnel,
        personnel_qualifier: r.event.personnel_qualifier,
        places: r.event.places,
        reviewed: r.event.reviewed,
        date_inferred: !r.span && Boolean(d.fields.date),
      };
    });
    return {
      id: assigned[i]!.id,
      aliases: assigned[i]!.aliases,
      ...d.fields,
      date_inferred: d.g.some((r) => r.event.date_inferred) && d.g.every((r) => !r.span || r.event.date_inferred),
      summary: summarize(d.fields),
      sources,
      disagreements: disagreements(d.g, (r) => r.article),
      reviewed: d.g.every((r) => r.event.reviewed),
      confidence: Math.min(...d.g.map((r) => r.event.confidence)),
      notes: d.g.map((r) => r.event.note).filter((n): n is string => Boolean(n)),
      merged_because: joinsOf[i]!,
    };
  });
  events.sort(timelineOrder);
  const idOf = (member: string) => assigned[groupIndex.get(member)!]!.id;
  const alone = grouping.alone
    .filter((a) => groups[groupIndex.get(a.member)!]!.length === 1)
    .map((a) => ({ member: a.member, id: idOf(a.member), reason: a.reason, candidates: [...new Set(a.candidates.map(idOf))].filter((c) => c !== idOf(a.member)) }));
  return { events, registry: next, alone };
}

/** The timeline's order: by date (undated last), then id. */
export function timelineOrder(a: TimelineEvent, b: TimelineEvent): number {
  return (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id);
}

/** An editor's `merge_with: <id>` moves that event into the event that holds the id; its merge says so. */
function applyMergeHints(groups: Report[][], joins: Join[], registry: Registry): { groups: Report[][]; joins: Join[] } {
  const hinted = groups.flatMap((g) => g.filter((r) => r.event.merge_with));
  if (!hinted.length) return { groups, joins };
  groups = groups.map((g) => [...g]);
  let out = [...joins];
  const holder = (id: string) => {
    const members = new Set(registry.ids[id]?.members ?? []);
    return groups.find((g) => g.some((r) => members.has(r.member)));
  };
  for (const r of hinted) {
    const target = holder(r.event.merge_with!);
    const from = groups.find((g) => g.includes(r));
    if (!target || !from || target === from) continue;
    from.splice(from.indexOf(r), 1);
    // Its old merges no longer hold: reports that joined through it stay where they were, unexplained by it.
    out = out.filter((j) => j.report !== r.member && j.joined !== r.member);
    out.push({ report: r.member, joined: target[0]!.member, because: `an editor set merge_with: ${r.event.merge_with}` });
    target.push(r);
  }
  return { groups: groups.filter((g) => g.length), joins: out };
}
