import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { indexEntry } from '../../lib/timeline-index.ts';

/** The compact index a paged home page filters when a filter is in its URL. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify((await getTimeline()).map(indexEntry)), { headers: { 'Content-Type': 'application/json' } });
