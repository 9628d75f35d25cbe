import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';

/** The timeline as data: one object per real-world event, with every source and its evidence. */
export const GET: APIRoute = async () => {
  const events = await getTimeline();
  return new Response(JSON.stringify(events, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
