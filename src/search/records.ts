import { AGENCY_NAMES } from '../data/agencies.ts';
import { formatDate, formatPersonnel } from '../lib/format.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import type { Article } from '../schema/article.ts';

/** One searchable page, as Pagefind takes it: the page's path under the site (no base path), its text, its title. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; date: string };
  /** The shard (one Pagefind bundle) it is indexed in; see shards.ts. */
  shard: string;
}

// Shards by kind and month: adding one article re-indexes the bundles of its month and of its events' months,
// about 150 records each at 10,000 articles, not the whole index (by year a bundle took 3 s to index again).
// The search page merges them; merged bundles share the first one's WebAssembly and load two small files
// each, then one index chunk each for a word searched.
/** The shard an event is indexed in, from its date (its year's when it is known only to the year). */
export const eventShard = (date: string | null) => `events-${date?.slice(0, 7) ?? 'undated'}`;
/** The shard an article is indexed in, from its publication day. */
export const articleShard = (published: string | null) => `articles-${published?.slice(0, 7) ?? 'undated'}`;

/** What an event page says, as search text: the summary, date, agencies by name, places, and every source's words. */
export function eventRecord(e: TimelineEvent): SearchRecord {
  const count = formatPersonnel(e.personnel, e.personnel_qualifier);
  const content = [
    `${e.summary}.`,
    formatDate(e.date, e.date_precision),
    e.agencies.map((a) => AGENCY_NAMES[a]).join(', '),
    e.action,
    count && `${count} personnel`,
    e.places.join('; '),
    e.origin && `From ${e.origin}`,
    e.operation,
    ...e.sources.map((s) => `${s.title}${s.publisher ? `, ${s.publisher}` : ''}: ${s.evidence}`),
    ...e.notes,
  ].filter(Boolean).join('\n');
  return { url: `/events/${e.id}/`, content, meta: { title: e.summary, date: formatDate(e.date, e.date_precision) }, shard: eventShard(e.date) };
}

/** An article as search text: its title, outlet and clean body. */
export function articleRecord(slug: string, a: Pick<Article, 'title' | 'publisher' | 'published'>, body: string): SearchRecord {
  const content = [a.title, a.publisher, body].filter(Boolean).join('\n');
  return { url: `/articles/${slug}/`, content, meta: { title: a.title, date: a.published ? formatDate(a.published, 'day') : 'Publication date not known' }, shard: articleShard(a.published) };
}

/** Shard names without repeats, sorted: the first is the bundle the search page loads first. */
export function shardNames(shards: Iterable<string>): string[] {
  return [...new Set(shards)].sort();
}
