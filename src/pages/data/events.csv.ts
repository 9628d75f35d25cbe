import type { APIRoute } from 'astro';
import { getTimeline } from '../../lib/timeline.ts';
import { csvRow, eventsCsv } from '../../lib/downloads.ts';
import { eventHref } from '../../lib/paths.ts';
import { perEvent } from '../../build/build-cache.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = (id: string) => new URL(eventHref(id), site).toString();
  // Rows of events unchanged since the last build are kept as they were written.
  const csv = eventsCsv(await getTimeline(), url, (events) => perEvent('events.csv', events, (e) => csvRow(e, url)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
