import type { Article } from '../schema/article.ts';
import type { ArticleEvent } from '../schema/event.ts';
import type { Disagreement, Source, TimelineEvent } from '../schema/timeline-event.ts';
import { interval, windowInterval } from './interval.ts';
import type { Report } from './compatible.ts';
import { groupReports } from './group.ts';
import { assignIds, baseId, type Registry } from './ids.ts';
import { summarize } from './summary.ts';

export interface ArticleEntry { id: string; data: Article }

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

/** Article events turned into reports with the span each can have happened in. */
function reportsOf(entries: ArticleEntry[]): Report[] {
  return entries.flatMap((entry) =>
    entry.data.events.map((event) => {
      const own = interval(event.date, event.date_precision);
      return {
        member: `${entry.id}#${event.key}`,
        article: entry.id,
        event,
        span: own ?? windowInterval(event.date_window) ?? windowInterval(entry.data.published_window),
        dated: Boolean(own),
      };
    }),
  );
}

/**
 * Clusters every article's events into timeline events with stable ids. Pure: the registry comes in and
 * the updated registry goes out; the caller reads and writes content/ids.json.
 */
export function buildTimeline(entries: ArticleEntry[], registry: Registry = { ids: {}, retired: {} }): { events: TimelineEvent[]; registry: Registry } {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const reports = reportsOf([...entries].sort((a, b) => a.id.localeCompare(b.id)));
  let groups = groupReports(reports);
  groups = applyMergeHints(groups, registry);
  const drafts = groups.map((g) => {
    const main = lead(g);
    const dated = g.filter((r) => r.dated);
    const e = main.event;
    const agencies = [...new Set(g.flatMap((r) => r.event.agencies))];
    const places = [...new Set([...e.places, ...g.flatMap((r) => r.event.places)])];
    const personnelFrom = [main, ...g].find((r) => r.event.personnel != null)?.event ?? e;
    const fields = {
      date: dated.length ? e.date : null,
      date_precision: dated.length ? e.date_precision : null,
      agencies,
      action: e.action,
      personnel: personnelFrom.personnel,
      personnel_qualifier: personnelFrom.personnel != null ? personnelFrom.personnel_qualifier : null,
      places,
      origin: g.map((r) => r.event.origin).find(Boolean) ?? null,
      operation: g.map((r) => r.event.operation).find(Boolean) ?? null,
    };
    return { g, main, fields, base: baseId(fields) };
  });
  const { assigned, registry: next } = assignIds(drafts.map((d) => ({ members: d.g.map((r) => r.member), base: d.base })), registry);
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
        date_inferred: !r.dated && Boolean(d.fields.date),
      };
    });
    return {
      id: assigned[i]!.id,
      aliases: assigned[i]!.aliases,
      ...d.fields,
      date_inferred: d.g.some((r) => r.event.date_inferred) && d.g.every((r) => !r.dated || r.event.date_inferred),
      summary: summarize(d.fields),
      sources,
      disagreements: disagreements(d.g, (r) => r.article),
      reviewed: d.g.every((r) => r.event.reviewed),
      confidence: Math.min(...d.g.map((r) => r.event.confidence)),
      notes: d.g.map((r) => r.event.note).filter((n): n is string => Boolean(n)),
    };
  });
  events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
  return { events, registry: next };
}

/** An editor's `merge_with: <id>` moves that event into the cluster that holds the id. */
function applyMergeHints(groups: Report[][], registry: Registry): Report[][] {
  const hinted = groups.flatMap((g) => g.filter((r) => r.event.merge_with));
  if (!hinted.length) return groups;
  const holder = (id: string) => {
    const members = new Set(registry.ids[id]?.members ?? []);
    return groups.find((g) => g.some((r) => members.has(r.member)));
  };
  for (const r of hinted) {
    const target = holder(r.event.merge_with!);
    const from = groups.find((g) => g.includes(r));
    if (!target || !from || target === from) continue;
    from.splice(from.indexOf(r), 1);
    target.push(r);
  }
  return groups.filter((g) => g.length);
}
