import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { timelineJsEvent, timelineJsText } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';
import { perEvent } from '../../build/build-cache.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (id: string) => new URL(eventHref(id), site).toString();
  const dated = (await getTimeline()).filter((e) => e.date);
  return new Response(timelineJsText(perEvent('timelinejs.json', dated, (e) => JSON.stringify(timelineJsEvent(e, url)))), { headers: { 'Content-Type': 'application/json' } });
};
