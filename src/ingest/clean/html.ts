import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { pageMeta } from './page-meta.ts';

// Elements whose end is a paragraph break in the text.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
// Never text: what a page runs, draws or asks for.
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM']);
// Page furniture, for a page Readability cannot read.
const FURNITURE = 'script, style, noscript, template, iframe, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// Taken out before Readability reads the page.
const PRE_STRIPPED = 'nav, aside, form, iframe, [role="navigation"], [role="complementary"], [role="search"]';
// At most this many furniture texts are recorded one by one; the rest are counted.
const MAX_RECORDED = 200;

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of an element as paragraphs: a break at each block's edge and at <br>, nothing from SILENT. */
function paragraphsOf(root: Element, removed: Removal[]): string[] {
  const parts: string[] = [];
  let current = '';
  const flush = () => {
    const t = squash(current);
    if (t) parts.push(t);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (SILENT.has(tag)) continue;
        if (tag === 'FIGCAPTION') {
          const caption = squash(el.textContent ?? '');
          if (caption) removed.push({ kind: 'caption', text: caption });
          continue;
        }
        if (tag === 'BR') {
          current += ' ';
          continue;
        }
        if (BLOCK.has(tag)) flush();
        walk(el);
        if (BLOCK.has(tag)) flush();
      }
    }
  };
  walk(root);
  flush();
  return parts;
}

/** The text of every element that holds text of its own, before Readability, to record what it left out. */
function ownTexts(body: Element): string[] {
  const out: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    if (SILENT.has(el.tagName.toUpperCase()) || el.closest('script, style, noscript, template, svg')) continue;
    let own = false;
    for (let c = el.firstChild; c && !own; c = c.nextSibling) own = c.nodeType === 3 && /\S/.test(c.nodeValue ?? '');
    const t = own ? squash(el.textContent ?? '') : '';
    if (t) out.push(t);
  }
  return out;
}

/** Text compared without its spacing: a <br> or a line break inside a paragraph changes nothing. */
const key = (s: string) => s.replace(/\s+/g, '');

/**
 * A saved web page's article, through Mozilla's Readability (what Firefox's reader view uses), as plain
 * paragraphs. jsdom runs no scripts and loads nothing: the page is only parsed. What Readability leaves
 * out is recorded text by text.
 */
export function htmlToArticle(html: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  const doc = dom.window.document;
  const embedded = pageMeta(doc);
  const removed: Removal[] = [];
  const before = doc.body ? ownTexts(doc.body) : [];
  const fallback = doc.body?.cloneNode(true) as Element | undefined;

  // Menus, asides and forms are never the story; Readability misses some on short pages.
  for (const el of doc.querySelectorAll(PRE_STRIPPED)) el.remove();
  let paragraphs: string[];
  const article = new Readability(doc, { keepClasses: false }).parse();
  if (article?.content) {
    if (article.byline) embedded.byline ??= squash(article.byline);
    if (article.siteName) embedded.publisher ??= squash(article.siteName);
    if (article.title) embedded.title ??= squash(article.title);
    const holder = doc.createElement('div');
    holder.innerHTML = article.content;
    paragraphs = paragraphsOf(holder, removed);
  } else {
    // Readability gives up on short pages: take the body without its furniture.
    for (const el of fallback?.querySelectorAll(FURNITURE) ?? []) el.remove();
    paragraphs = fallback ? paragraphsOf(fallback, removed) : [];
  }

  const kept = key(paragraphs.join(''));
  const captions = new Set(removed.map((r) => key(r.text)));
  let left = [...new Set(before)].filter((t) => !kept.includes(key(t)) && !captions.has(key(t)));
  // A link inside a removed menu item is part of that item's text.
  if (left.length < 2000) left = left.filter((t) => !left.some((u) => u !== t && u.includes(t)));
  for (const t of left.slice(0, MAX_RECORDED)) removed.push({ kind: 'page furniture', text: t });
  if (left.length > MAX_RECORDED) removed.push({ kind: 'page furniture', text: `${left.length - MAX_RECORDED} more texts of page furniture` });
  dom.window.close();
  return { text: paragraphs.join('\n\n'), removed, embedded };
}
