import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { eventsCsv } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const csv = eventsCsv(await getTimeline(), (id) => new URL(eventHref(id), site).toString());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
