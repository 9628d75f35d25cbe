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
  const paths = [
    '/', '/map/', '/agencies/', '/places/', '/operations/', '/search/', '/data/', '/about/',
    ...periodPages(events).map((p) => `/timeline/${p.period}/`),
    ...AGENCY_IDS.filter((id) => events.some((e) => e.agencies.some((a) => lineage(a).includes(id)))).map((id) => `/agencies/${agencySlug(id)}/`),
    ...[...new Set(events.flatMap((e) => e.places))].map((p) => `/places/${placeSlug(p)}/`),
    ...[...new Set(events.map((e) => e.operation).filter((o): o is string => Boolean(o)))].map((o) => `/operations/${operationSlug(o)}/`),
  ].map(href);
  const urls = [...paths, ...events.map((e) => eventHref(e.id)), ...articles.map((a) => articleHref(a.id))];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((u) => `<url><loc>${escapeHtml(new URL(u, site).toString())}</loc></url>`).join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
};
