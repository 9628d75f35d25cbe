import { getCollection } from 'astro:content';
import { buildTimeline } from '../ingest/cluster/index.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

let cached: Promise<TimelineEvent[]> | undefined;

/** The clustered timeline, computed once per build and shared by every page. */
export function getTimeline(): Promise<TimelineEvent[]> {
  cached ??= getCollection('articles').then((entries) => buildTimeline(entries.map((e) => ({ id: e.id, data: e.data }))));
  return cached;
}
