import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { indexEntry } from '../../lib/timeline-index.ts';
import { perEvent } from '../../build/build-cache.ts';

/** The compact index a paged home page filters when a filter is in its URL. */
export const GET: APIRoute = async () => {
  const pieces = perEvent('timeline-index.json', await getTimeline(), (e) => JSON.stringify(indexEntry(e)));
  return new Response(`[${pieces.join(',')}]`, { headers: { 'Content-Type': 'application/json' } });
};
