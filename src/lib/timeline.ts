import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { updateTimeline } from '../timeline/incremental.ts';
import { readClusteringState, stateRegistry, writeClusteringState } from '../build/clustering-state.ts';
import { writeAtomic } from '../entry/index.ts';
import { readRegistryTrusting, registryPath, registryText } from '../timeline/registry.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { mark, timed } from '../build/phases.ts';
import { knowDigest } from '../build/digest.ts';
import { RECORD_DIR_ENV } from '../build/page-record.ts';
import { articleEntry } from '../content/article-entry.ts';
import { shareSite } from '../build/handoff.ts';

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

// The timeline as the last build left it, beside that output folder's page record (so new code, which empties
// the record, starts it over too). Unset in `astro dev`, which clusters every entry each time.
const stateDir = () => (process.env[RECORD_DIR_ENV] ? join(process.env[RECORD_DIR_ENV]!, 'clustering') : null);

/**
 * The clustered timeline, computed once per build and shared by every page: the parts of the record a
 * changed entry can touch are clustered again, the rest is taken from the last build
 * (src/timeline/incremental.ts). The build keeps the id registry current: new ids are recorded as they are
 * published, so they can never silently vanish.
 */
export function getTimeline(): Promise<TimelineEvent[]> {
  mark('paths start');
  cached ??= (async () => {
    const cards = await timed('content store read', () => getCollection('articles'));
    const dir = stateDir();
    // The registry as the last build wrote it goes with that build's state; any other (an editor retired
    // an id, say) is validated, and everything is clustered again from it.
    const { registry, trusted } = timed('id registry', () => readRegistryTrusting(dir ? stateRegistry(dir) : undefined));
    const prev = dir && trusted ? timed('clustering state read', () => readClusteringState(dir, registry)) : null;
    const byId = new Map(cards.map((c) => [c.id, c]));
    // An entry the loader parsed in this process is taken as parsed; any other is read from its file.
    const load = (id: string) => articleEntry(id, String(byId.get(id)!.digest)).data;
    const update = timed('clustering', () => updateTimeline(prev, cards.map((c) => ({ id: c.id, digest: String(c.digest ?? '') })), load, registry));
    for (const [event, digest] of update.digests) knowDigest(event, digest);
    shareSite({
      events: update.events.map((event) => ({ event, digest: update.digests.get(event)! })),
      articles: cards.map((c) => ({ id: c.id, digest: String(c.digest ?? ''), published: c.data.published })),
    });
    timed('id registry', () => {
      const text = registryText(update.registry);
      if (!existsSync(registryPath()) || readFileSync(registryPath(), 'utf8') !== text) writeAtomic(registryPath(), text);
    });
    if (dir) timed('clustering state write', () => writeClusteringState(dir, update, prev));
    return update.events;
  })();
  return cached;
}
