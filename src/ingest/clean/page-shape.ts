// How many elements a saved page holds and how deep they nest, read from its tags in one pass, before
// any DOM is built. jsdom spends time proportional to an element's depth on every element it inserts
// (and overflows its stack past about 10,000 levels), and Readability's checks walk each element's
// subtree, so a page of 100,000 nested elements costs hours there. The count is an estimate: it follows
// the HTML rules that matter for depth (void elements, a new <p> or <li> closing the open one, end tags
// closing what they match) and not the rest.
import { replaceComments } from './raw-html.ts';

const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Elements whose content is text up to their end tag, never elements.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
// A start tag of one of these closes an open one of the same name, unless one of its boundaries is open above it.
const SIBLINGS: Record<string, ReadonlySet<string>> = {
  p: new Set(['button', 'table', 'td', 'th', 'caption', 'object', 'marquee', 'applet', 'template', 'html']),
  li: new Set(['ul', 'ol', 'menu']),
  dt: new Set(['dl']),
  dd: new Set(['dl']),
  option: new Set(['select', 'datalist']),
  optgroup: new Set(['select']),
  tr: new Set(['table']),
  td: new Set(['table', 'tr']),
  th: new Set(['table', 'tr']),
  thead: new Set(['table']),
  tbody: new Set(['table']),
  tfoot: new Set(['table']),
};
// How far down the open elements a closing sibling is looked for.
const SIBLING_REACH = 8;

export interface PageShape {
  /** Start tags in the page. */
  elements: number;
  /** The deepest nesting of open elements. */
  depth: number;
}

/** The page's element count and nesting depth, estimated from its tags in time linear in its length. */
export function pageShape(html: string): PageShape {
  const text = replaceComments(html, () => '');
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
  const stack: string[] = [];
  const open = new Map<string, number>();
  let elements = 0;
  let depth = 0;
  const pop = () => {
    const name = stack.pop()!;
    open.set(name, open.get(name)! - 1);
  };
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      // An end tag closes what it matches and everything opened inside it; a stray one is ignored.
      if (open.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      }
      continue;
    }
    elements++;
    const boundaries = SIBLINGS[name];
    if (boundaries && open.get(name)) {
      for (let i = stack.length - 1; i >= 0 && i >= stack.length - SIBLING_REACH && !boundaries.has(stack[i]!); i--) {
        if (stack[i] !== name) continue;
        while (stack.length > i) pop();
        break;
      }
    }
    if (RAW.has(name)) {
      const end = new RegExp(String.raw`<\/${name}\s*>`, 'gi');
      end.lastIndex = tag.lastIndex;
      if (!end.exec(text)) break;
      tag.lastIndex = end.lastIndex;
      continue;
    }
    // `<x/>` closes itself only in SVG and MathML; an HTML <div/> stays open.
    if (VOID.has(name) || (m[3] && (open.get('svg') || open.get('math') || name === 'svg' || name === 'math'))) continue;
    stack.push(name);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (stack.length > depth) depth = stack.length;
  }
  return { elements, depth };
}
