import type { Embedded } from './index.ts';

/** A publication day from a machine-readable date ("2025-05-02T10:00:00-05:00" is the 2nd, as written). */
export function isoDay(value: string | null | undefined): string | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value ?? '');
  if (!m) return undefined;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : undefined;
}

/** Every <meta> tag's content by its property, name and itemprop (lower case), in document order: read once. */
function metaIndex(doc: Document): Map<string, string[]> {
  const index = new Map<string, string[]>();
  // One pass over the meta tags, not one selector query over the whole page per name asked for.
  for (const el of doc.getElementsByTagName('meta')) {
    const v = el.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!v) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(v);
      else index.set(key, [v]);
    }
  }
  return index;
}

/** The content of the first meta tag named by the first of `names` that the page has. */
function metaContent(index: Map<string, string[]>, names: string[]): string | undefined {
  for (const n of names) {
    const v = index.get(n.toLowerCase())?.[0];
    if (v) return v;
  }
  return undefined;
}

const httpUrl = (v: string | null | undefined) => (v && /^https?:\/\/[^\s"<>]+$/i.test(v.trim()) ? v.trim() : undefined);

/** The first value a JSON-LD tree holds for one of the keys (in @graph arrays too), as text. */
function ldValue(node: unknown, key: string, depth = 0): string | undefined {
  if (depth > 6 || !node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const n of node) {
      const v = ldValue(n, key, depth + 1);
      if (v) return v;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  const value = record[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (value && typeof value === 'object') {
    const named = ldValue(value, 'name', depth + 1) ?? ldValue(value, '@id', depth + 1);
    if (named) return named;
  }
  for (const k of ['@graph', 'mainEntity', 'itemListElement']) {
    const v = ldValue(record[k], key, depth + 1);
    if (v) return v;
  }
  return undefined;
}

/** JSON-LD blocks parsed as data (never run); a block that is not JSON is skipped. */
function jsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = s.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      out.push(JSON.parse(text));
    } catch {
      // A broken block says nothing reliable.
    }
  }
  return out;
}

/**
 * What a saved page says about itself: Open Graph and article meta tags, the canonical link, JSON-LD
 * (datePublished, headline, author, publisher) and a time element marked as the publication time.
 * Read before Readability, which changes the document.
 */
export function pageMeta(doc: Document): Embedded {
  const meta = metaIndex(doc);
  const ld = jsonLd(doc);
  const fromLd = (key: string) => ld.map((n) => ldValue(n, key)).find(Boolean);
  const published =
    isoDay(metaContent(meta, ['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dc.date', 'date'])) ??
    isoDay(fromLd('datePublished')) ??
    isoDay(doc.querySelector('time[itemprop="datePublished" i], time[pubdate]')?.getAttribute('datetime'));
  const title = metaContent(meta, ['og:title', 'twitter:title', 'headline']) ?? fromLd('headline') ?? (doc.title.replace(/\s+/g, ' ').trim() || undefined);
  const byline = metaContent(meta, ['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator']) ?? fromLd('author');
  const publisher = metaContent(meta, ['og:site_name', 'application-name', 'publisher']) ?? fromLd('publisher');
  const url = httpUrl(doc.querySelector('link[rel="canonical" i]')?.getAttribute('href')) ?? httpUrl(metaContent(meta, ['og:url'])) ?? httpUrl(fromLd('url'));
  const embedded: Embedded = {};
  if (title) embedded.title = title;
  // An author given as a profile address is not a name.
  if (byline && !/^https?:/i.test(byline)) embedded.byline = byline;
  if (publisher && !/^https?:/i.test(publisher)) embedded.publisher = publisher;
  if (published) embedded.published = published;
  if (url) embedded.url = url;
  return embedded;
}
