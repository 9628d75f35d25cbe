import { getCollection } from 'astro:content';
import { getTimeline } from './timeline.ts';

/** Everything most pages need: the timeline, the articles, and lookups between them. */
export async function getSite() {
  const [events, articles] = await Promise.all([getTimeline(), getCollection('articles')]);
  return { events, articles, total: events.length };
}
