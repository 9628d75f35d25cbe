import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { articleRecord, articleShard, eventRecord, eventShard, type SearchRecord } from './records.ts';
import type { Shard } from './write-index.ts';

// Part of every shard's digest: bump it when what goes into a bundle changes, so none is kept stale. (New
// code empties the output folder anyway: every shard is written again.)
const FORMAT = 2;

/** What the search index is made of: the timeline's events and the articles, each with the digest of what it is. */
export interface SearchSource {
  events: Array<{ event: TimelineEvent; digest: string }>;
  /** `read` gives the whole entry, and is called only for articles whose shard is written again. */
  articles: Array<{ id: string; digest: string; published: string | null; read: () => { data: Pick<Article, 'title' | 'publisher' | 'published'>; body: string } }>;
}

/**
 * The shards of the index, each with a digest of its records' digests: a shard's digest changes exactly
 * when one of its events or articles does, without building its records (an article's means reading its
 * file). Records go to Pagefind in address order, so a bundle is the same however it came about.
 */
export function searchShards(source: SearchSource): { shards: Shard[]; size: number } {
  const groups = new Map<string, Array<{ url: string; digest: string; record: () => SearchRecord }>>();
  const add = (shard: string, url: string, digest: string, record: () => SearchRecord) => {
    const list = groups.get(shard) ?? [];
    list.push({ url, digest, record });
    groups.set(shard, list);
  };
  for (const { event, digest } of source.events) add(eventShard(event.date), `/events/${event.id}/`, digest, () => eventRecord(event));
  for (const a of source.articles) add(articleShard(a.published), `/articles/${a.id}/`, a.digest, () => {
    const { data, body } = a.read();
    return articleRecord(a.id, data, body);
  });
  const shards = [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, list]) => {
    list.sort((x, y) => (x.url < y.url ? -1 : x.url > y.url ? 1 : 0));
    const digest = createHash('sha1').update(`${FORMAT}\n`);
    for (const r of list) digest.update(`${r.url} ${r.digest}\n`);
    return { name, digest: digest.digest('hex'), records: () => list.map((r) => r.record()) };
  });
  return { shards, size: source.events.length + source.articles.length };
}
