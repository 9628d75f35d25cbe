import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getTimeline } from '../lib/timeline.ts';
import { href } from '../lib/urls.ts';
import { AGENCY_IDS, lineage } from '../schema/agency.ts';
import { agencySlug, articleHref, eventHref, operationSlug, placeSlug } from '../lib/paths.ts';
import { escapeHtml } from '../lib/downloads.ts';
import { periodPages } from '../lib/periods.ts';

/** Every page of the site (alias pages only redirect, so they are left out). */
export const GET: APIRoute = async ({ site }) => {
  const events = await getTimeline();
  const articles = await getCollection('articles');
  const agencies = new Set(events.flatMap((e) => e.agencies.flatMap((a) => lineage(a))));
  // A path of plain characters (every slug is) needs no parsing to be made absolute: 20,000 of them are.
  const origin = site ? new URL(site).origin : '';
  const absolute = (u: string) => (site && /^\/(?:[\w-]+\/)*$/.test(u) ? `${origin}${u}` : new URL(u, site).toString());
  const paths = [
    '/', '/map/', '/agencies/', '/places/', '/operations/', '/search/', '/data/', '/about/',
    ...periodPages(events).map((p) => `/timeline/${p.period}/`),
    ...AGENCY_IDS.filter((id) => agencies.has(id)).map((id) => `/agencies/${agencySlug(id)}/`),
    ...[...new Set(events.flatMap((e) => e.places))].map((p) => `/places/${placeSlug(p)}/`),
    ...[...new Set(events.map((e) => e.operation).filter((o): o is string => Boolean(o)))].map((o) => `/operations/${operationSlug(o)}/`),
  ].map(href);
  const urls = [...paths, ...events.map((e) => eventHref(e.id)), ...articles.map((a) => articleHref(a.id))];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeHtml(absolute(u))}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
