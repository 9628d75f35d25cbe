import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { eventsGeoJson } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';
import { lookupPlace } from '../../data/gazetteer.ts';
import { memo } from '../../build/build-cache.ts';

// Each place looked up once and kept between builds: a rebuild does not load the gazetteer for its few new places.
const place = memo('places', lookupPlace);

/** The timeline for mapping tools: one GeoJSON Point per event and place. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(eventsGeoJson(await getTimeline(), (id) => new URL(eventHref(id), site).toString(), place)), { headers: { 'Content-Type': 'application/geo+json' } });
