import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { timelineJs } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(timelineJs(await getTimeline(), (id) => new URL(eventHref(id), site).toString())), { headers: { 'Content-Type': 'application/json' } });
