import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { getTimeline } from '../lib/timeline.ts';
import { eventHref } from '../lib/paths.ts';
import { href } from '../lib/urls.ts';
import { formatDate, startOf } from '../lib/format.ts';

// A feed carries what is new: the newest events, not the whole record (10,000 entries made a 5 MB feed
// that readers fetch on every poll, and 0.3 s of every build). The whole record is in the data downloads.
const FEED_SIZE = 100;

/** An Atom feed of the newest events, newest first, with absolute links from SITE_URL and BASE_PATH. */
export const GET: APIRoute = async ({ site }) => {
  const events = await getTimeline();
  const abs = (p: string) => new URL(p, site).toString();
  const updated = startOf(events.map((e) => e.date ?? '').filter(Boolean).sort().at(-1) ?? null);
  const feed = new Feed({
    title: 'Redeployment Timeline: new events', id: abs(href('/')), link: abs(href('/')), copyright: 'Compiled from news reports',
    updated, feedLinks: { atom: abs(href('/feed.xml')) },
  });
  for (const e of events.slice(-FEED_SIZE).reverse()) {
    feed.addItem({ title: e.summary, id: abs(eventHref(e.id)), link: abs(eventHref(e.id)), date: startOf(e.date),
      description: `${formatDate(e.date, e.date_precision)}. ${e.sources.length} source(s): ${e.sources.map((s) => s.title).join('; ')}` });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
