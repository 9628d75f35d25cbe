import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return undefined;
}

function jsonLdDate(doc: Document): string | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const m = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(s.textContent ?? '');
    if (m) return m[1];
  }
  return undefined;
}

/**
 * A saved web page's article, through Mozilla's Readability (what Firefox's reader view uses), as plain
 * paragraphs. jsdom runs no scripts and loads nothing: the page is only parsed.
 */
export function htmlToArticle(html: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), runScripts: undefined, resources: undefined });
  const doc = dom.window.document;
  const published = (meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'publish-date', 'dc.date') ?? jsonLdDate(doc) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined)?.slice(0, 10);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(doc, 'og:url');
  const embedded: Embedded = {
    title: meta(doc, 'og:title', 'twitter:title') ?? (doc.title.trim() || undefined),
    byline: meta(doc, 'author', 'article:author'),
    publisher: meta(doc, 'og:site_name', 'application-name'),
    published: published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : undefined,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : undefined,
  };
  const article = new Readability(doc, { keepClasses: false }).parse();
  const removed: Removal[] = [{ kind: 'page furniture', text: 'navigation, scripts, styles and other page furniture dropped by Readability' }];
  if (!article?.content) return { text: '', removed, embedded };
  if (article.byline) embedded.byline ??= article.byline.trim();
  if (article.siteName) embedded.publisher ??= article.siteName.trim();
  const body = new JSDOM(`<body>${article.content}</body>`).window.document.body;
  const paragraphs: string[] = [];
  const blocks = body.querySelectorAll(BLOCKS);
  for (const el of blocks) {
    if (el.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) paragraphs.push(t);
  }
  if (!paragraphs.length) paragraphs.push((body.textContent ?? '').replace(/\s+/g, ' ').trim());
  return { text: paragraphs.join('\n\n'), removed, embedded };
}
