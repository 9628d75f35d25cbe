import { createRequire } from 'node:module';
import type * as JsdomModule from 'jsdom';
import type * as ReadabilityModule from '@mozilla/readability';
import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { decodeHTML } from 'entities';
import { pageMeta } from './page-meta.ts';
import { pageShape } from './page-shape.ts';
import { RAW_ELEMENTS, TAG, replaceComments, replaceElements } from './raw-html.ts';

// jsdom and Readability load in about half a second: only for saved web pages, not for every ingest of a text.
const require = createRequire(import.meta.url);
let readers: { JSDOM: typeof JsdomModule.JSDOM; VirtualConsole: typeof JsdomModule.VirtualConsole; Readability: typeof ReadabilityModule.Readability } | undefined;
function pageReaders() {
  if (!readers) {
    const { JSDOM, VirtualConsole } = require('jsdom') as typeof JsdomModule;
    const { Readability } = require('@mozilla/readability') as typeof ReadabilityModule;
    readers = { JSDOM, VirtualConsole, Readability };
  }
  return readers;
}

// Elements whose end is a paragraph break in the text.
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
// Never text: what a page runs, draws or asks for.
const SILENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'FORM']);
// Page furniture, for a page Readability cannot read.
const FURNITURE = 'script, style, noscript, template, iframe, nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';
// Taken out before Readability reads the page.
const PRE_STRIPPED = 'nav, aside, form, iframe, [role="navigation"], [role="complementary"], [role="search"]';
// Whole subtrees that are never text.
const SILENT_TREES = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
// At most this many furniture texts are recorded one by one; the rest are counted.
const MAX_RECORDED = 200;
// Past these a page is read from its markup, without a DOM: five times the elements of the largest page in
// Readability's own test pages (9,888), and three times the deepest nesting there (38).
const MAX_DOM_ELEMENTS = 50_000;
const MAX_DOM_DEPTH = 128;
// Past these Readability, whose checks walk each element's subtree, costs tens of seconds (nested <div>s
// that each hold text cost it most: 16 KB of them 100 deep, over a second), and the page is read from its
// DOM without it. Readability's own test pages reach a work of 110,240, a div work of 1,941 and a depth of 38.
const MAX_READABILITY_WORK = 250_000;
const MAX_READABILITY_DIV_WORK = 20_000;
const MAX_READABILITY_DEPTH = 64;

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

/** The mark each element with text of its own carries through Readability, which keeps the attributes it does not know. */
const MARK = 'data-ingest-own';

interface OwnText {
  /** The element's text, squashed. */
  text: string;
  /** The nearest element above it that holds text of its own, as an index into the same list, or -1. */
  parent: number;
}

/**
 * Every element under `body` that holds text of its own, in document order, each marked with its index
 * so that what Readability keeps can be told from what it leaves out; with the page's size in elements,
 * its depth, its work (the sum of every element's depth: what walking each element's subtree costs) and
 * its div work (the same, counting only ancestors that are <div>s with text of their own, each of which
 * Readability turns into a paragraph and weighs by walking its subtree again).
 */
function ownTexts(body: Element): { texts: OwnText[]; elements: number; work: number; divWork: number; depth: number } {
  const texts: OwnText[] = [];
  let elements = 0;
  let work = 0;
  let divWork = 0;
  let deepest = 0;
  // Depth-first in document order, without recursion: a deep page does not overflow the stack.
  const stack: Array<{ el: Element; depth: number; parent: number; divs: number }> = [];
  const push = (el: Element, depth: number, parent: number, divs: number) => {
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push({ el: c, depth, parent, divs });
  };
  push(body, 1, -1, 0);
  while (stack.length) {
    const { el, depth, parent, divs } = stack.pop()!;
    elements++;
    work += depth;
    divWork += divs;
    if (depth > deepest) deepest = depth;
    const tag = el.tagName.toUpperCase();
    if (SILENT_TREES.has(tag)) continue;
    let own = false;
    if (!SILENT.has(tag)) for (let c = el.firstChild; c && !own; c = c.nextSibling) own = c.nodeType === 3 && /\S/.test(c.nodeValue ?? '');
    const text = own ? squash(el.textContent ?? '') : '';
    if (text) {
      el.setAttribute(MARK, String(texts.length));
      texts.push({ text, parent });
    }
    push(el, depth + 1, text ? texts.length - 1 : parent, divs + (text && tag === 'DIV' ? 1 : 0));
  }
  return { texts, elements, work, divWork, depth: deepest };
}

/** The indexes of the marked elements still under `root`. */
function marksUnder(root: Element): Set<number> {
  return new Set([...root.querySelectorAll(`[${MARK}]`)].map((el) => Number(el.getAttribute(MARK))));
}

/**
 * The texts Readability (or the fallback) left out, once each, in document order: an element kept out
 * whose text is not a recorded caption, and not inside another one kept out (a link inside a removed
 * menu item is part of that item's text).
 */
function leftOut(texts: OwnText[], kept: Set<number>, captions: Set<string>): string[] {
  const out = new Set<string>();
  const coveredOrOut: boolean[] = [];
  texts.forEach((t, i) => {
    const isOut = !kept.has(i) && !captions.has(key(t.text));
    const covered = t.parent >= 0 && coveredOrOut[t.parent]!;
    coveredOrOut[i] = isOut || covered;
    if (isOut && !covered) out.add(t.text);
  });
  return [...out];
}

/** Text compared without its spacing: a <br> or a line break inside a paragraph changes nothing. */
const key = (s: string) => s.replace(/\s+/g, '');

/**
 * A saved web page's article, through Mozilla's Readability (what Firefox's reader view uses), as plain
 * paragraphs. jsdom runs no scripts and loads nothing: the page is only parsed. What Readability leaves
 * out is recorded text by text. A page too large or too deeply nested for a DOM in bounded time is read
 * from its markup as text (see page-shape.ts), and one too costly for Readability without it.
 */
export function htmlToArticle(html: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const shape = pageShape(html);
  if (shape.elements > MAX_DOM_ELEMENTS || shape.depth > MAX_DOM_DEPTH) return markupToText(html);
  const { JSDOM, VirtualConsole, Readability } = pageReaders();
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), runScripts: undefined, resources: undefined, pretendToBeVisual: false });
  const doc = dom.window.document;
  const embedded = pageMeta(doc);
  const removed: Removal[] = [];
  const own = doc.body ? ownTexts(doc.body) : { texts: [], elements: 0, work: 0, divWork: 0, depth: 0 };
  const fallback = doc.body?.cloneNode(true) as Element | undefined;

  // Menus, asides and forms are never the story; Readability misses some on short pages.
  for (const el of doc.querySelectorAll(PRE_STRIPPED)) el.remove();
  let paragraphs: string[];
  let kept: Set<number>;
  const readable = own.work <= MAX_READABILITY_WORK && own.divWork <= MAX_READABILITY_DIV_WORK && own.depth <= MAX_READABILITY_DEPTH;
  const article = readable ? new Readability(doc, { keepClasses: false }).parse() : null;
  if (article?.content) {
    if (article.byline) embedded.byline ??= squash(article.byline);
    if (article.siteName) embedded.publisher ??= squash(article.siteName);
    // Readability's title: the page's own metadata title, or its <title> without the site's name (as reader view shows it).
    if (squash(article.title ?? '')) embedded.title = squash(article.title!);
    const holder = doc.createElement('div');
    holder.innerHTML = article.content;
    paragraphs = paragraphsOf(holder, removed);
    kept = marksUnder(holder);
  } else {
    // Readability gives up on short pages: take the body without its furniture.
    for (const el of fallback?.querySelectorAll(FURNITURE) ?? []) el.remove();
    paragraphs = fallback ? paragraphsOf(fallback, removed) : [];
    kept = fallback ? marksUnder(fallback) : new Set();
  }

  const left = leftOut(own.texts, kept, new Set(removed.map((r) => key(r.text))));
  for (const t of left.slice(0, MAX_RECORDED)) removed.push({ kind: 'page furniture', text: t });
  if (left.length > MAX_RECORDED) removed.push({ kind: 'page furniture', text: `${left.length - MAX_RECORDED} more texts of page furniture` });
  dom.window.close();
  return { text: paragraphs.join('\n\n'), removed, embedded };
}

// Where a block ends in markup read as text.
const BLOCK_TAG = new RegExp(String.raw`<\/?(?:${[...BLOCK, 'BR'].join('|')})\b[^<>]*>`, 'gi');

/**
 * A page read from its markup in one pass, without a DOM: code, comments, menus, asides and forms go
 * (menus, asides and forms recorded), each block ends a paragraph, other tags go, entities are decoded.
 */
function markupToText(html: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const removed: Removal[] = [];
  const embedded: Embedded = {};
  const title = /<title\b[^<>]*>([^<]*)<\/title\s*>/i.exec(html)?.[1];
  if (title && squash(decodeHTML(title))) embedded.title = squash(decodeHTML(title));
  const body = html.slice(Math.max(0, html.search(/<body[\s>]/i)));
  const text = replaceElements(replaceComments(replaceElements(body, [...RAW_ELEMENTS, 'svg', 'head'], () => ' '), () => ' '), ['nav', 'aside', 'form'], (block) => {
    const t = squash(decodeHTML(block.replace(TAG, ' ')));
    if (t) removed.push({ kind: 'page furniture', text: t });
    return '\n\n';
  })
    .replace(BLOCK_TAG, '\n\n')
    .replace(TAG, '');
  const paragraphs = decodeHTML(text).split(/\n{2,}/).map(squash).filter(Boolean);
  return { text: paragraphs.join('\n\n'), removed, embedded };
}
