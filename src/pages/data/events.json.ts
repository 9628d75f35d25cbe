import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { perEvent } from '../../build/build-cache.ts';
import { eventJson, eventsJsonText } from '../../lib/downloads.ts';

/** The timeline as data: one object per real-world event, with every source and its evidence. */
export const GET: APIRoute = async () => {
  const events = await getTimeline();
  return new Response(eventsJsonText(perEvent('events.json', events, eventJson)), { headers: { 'Content-Type': 'application/json' } });
};
