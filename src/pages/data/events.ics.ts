import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { eventsIcs } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(eventsIcs(await getTimeline(), (id) => new URL(eventHref(id), site).toString(), site?.host ?? 'localhost'), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
