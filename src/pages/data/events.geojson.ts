import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { eventsGeoJson } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';

/** The timeline for mapping tools: one GeoJSON Point per event and place. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(eventsGeoJson(await getTimeline(), (id) => new URL(eventHref(id), site).toString())), { headers: { 'Content-Type': 'application/geo+json' } });
