import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { buildTimeline } from '../timeline/index.ts';
import { writeAtomic } from '../entry/index.ts';
import { readRegistry, registryPath } from '../timeline/registry.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

let cached: Promise<TimelineEvent[]> | undefined;
let byArticle: Promise<Map<string, Array<{ event: TimelineEvent; key: string; evidence: string }>>> | undefined;

/** Each article's reports, with the timeline event each belongs to: built once, not searched per page. */
export function getReportsByArticle(): Promise<Map<string, Array<{ event: TimelineEvent; key: string; evidence: string }>>> {
  byArticle ??= getTimeline().then((events) => {
    const map = new Map<string, Array<{ event: TimelineEvent; key: string; evidence: string }>>();
    for (const event of events) for (const s of event.sources) map.set(s.article, [...(map.get(s.article) ?? []), { event, key: s.event_key, evidence: s.evidence }]);
    return map;
  });
  return byArticle;
}

/**
 * The clustered timeline, computed once per build and shared by every page. The build keeps the id
 * registry current: new ids are recorded as they are published, so they can never silently vanish.
 */
export function getTimeline(): Promise<TimelineEvent[]> {
  cached ??= getCollection('articles').then((entries) => {
    const before = readRegistry();
    const { events, registry } = buildTimeline(entries.map((e) => ({ id: e.id, data: e.data })), before);
    const text = `${JSON.stringify(registry, null, 1)}\n`;
    if (!existsSync(registryPath()) || readFileSync(registryPath(), 'utf8') !== text) writeAtomic(registryPath(), text);
    return events;
  });
  return cached;
}
