import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { featuresText, geoJsonText } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';
import { lookupPlace } from '../../data/gazetteer.ts';
import { memo, perEvent } from '../../build/build-cache.ts';

// Each place looked up once and kept between builds: a rebuild does not load the gazetteer for its few new places.
const place = memo('places', lookupPlace);

/**
 * The timeline for mapping tools: one GeoJSON Point per event and place. Each event's features are kept as
 * they were written while the event is unchanged (the text is JSON.stringify of the whole collection).
 */
export const GET: APIRoute = async ({ site }) => {
  const url = (id: string) => new URL(eventHref(id), site).toString();
  return new Response(geoJsonText(perEvent('events.geojson', await getTimeline(), (e) => featuresText(e, url, place))), { headers: { 'Content-Type': 'application/geo+json' } });
};
