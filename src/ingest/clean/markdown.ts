import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { takeFrontMatter } from './front-matter.ts';
import { RAW_ELEMENTS, replaceComments, replaceElements } from './raw-html.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/**
 * Markdown to plain paragraphs: front matter goes (recorded, read as text, never run), headings lose
 * their marks (the first becomes the title), images go (recorded), links keep only their text, raw HTML
 * keeps only its text (scripts and styles go whole), emphasis, quote and list marks go.
 */
export function markdownToText(md: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const front = takeFrontMatter(md);
  const removed: Removal[] = [...front.removed];
  const embedded: Embedded = { ...front.embedded };
  const record = (kind: string) => (m: string) => {
    removed.push({ kind, text: m.trim() });
    return '';
  };
  // Every pattern below stops at the next opener of its kind (`[`, `(`, `<`), so a line of openers that
  // never close is read once, not once per opener.
  const text = replaceElements(replaceComments(front.text, record('comment')), RAW_ELEMENTS, record('embedded code'))
    .replace(/<img\b[^<>]*>/gi, record('image'))
    // Images, also inside links ([![alt](src)](href)), and reference-style image uses.
    .replace(/!\[[^\][\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)|!\[[^\][\n]*\]\[[^\][\n]*\]/g, record('image'))
    // Link reference definitions: "[1]: https://..." lines.
    .replace(/^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+.*$/gm, record('link reference'))
    .replace(/\[([^\][\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)/g, '$1')
    .replace(/\[([^\][\n]+)\]\[[^\][\n]*\]/g, '$1')
    .replace(/\[\^[^\][\s]+\](?!:)/g, '')
    .replace(/^\[\^[^\]\s]+\]:\s*/gm, '')
    .replace(/<(?:https?|mailto|ftp):[^<>\s]*>/gi, '')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    // Setext heading underlines and horizontal rules.
    .replace(/^(\S.*)\n {0,3}(=+|-+) *$/gm, (_m, title: string, underline: string) => {
      if (underline[0] === '=' && !embedded.title) embedded.title = title.trim();
      return title;
    })
    .replace(/^[ \t]{0,3}(#{1,6})[ \t]+(.+)$/gm, (_m, hashes: string, line: string) => {
      const title = withoutClosingHashes(line);
      if (!title) return _m;
      if (hashes === '#' && !embedded.title) embedded.title = title.replace(/[*_`]/g, '');
      return title;
    })
    .replace(/^ {0,3}(?:>\s?)+/gm, '')
    .replace(/^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/gm, '')
    .replace(/^ {0,3}(?:```|~~~).*$/gm, '')
    .split('\n')
    .map((line) => emphasisless(strongless(line)))
    .join('\n')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, name: string) => {
      if (name[0] === '#') {
        const code = name[1]!.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code < 0x110000 && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[name.toLowerCase()] ?? m;
    });
  return { text, removed, embedded };
}

/** "Title ##" is "Title": a heading's closing hashes and the spaces around them go (a "C#" keeps its hash). */
function withoutClosingHashes(line: string): string {
  let end = line.trimEnd().length;
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  if (hashes < end && (hashes === 0 || /[ \t]/.test(line[hashes - 1]!))) end = hashes;
  return line.slice(0, end).trim();
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * A line with each span between a pair of marks replaced by its content, as a global regex replace of
 * `opens` and `closes` would (the first closer after each opener), read in one pass: once no closer follows
 * an opener, none follows a later one, so the rest of the line is not searched again.
 */
function unwrapPairs(line: string, marks: readonly string[], opens: (line: string, at: number, mark: string) => boolean, closes: (line: string, at: number, mark: string) => boolean): string {
  const missing = new Set<string>();
  let out = '';
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const mark = marks.find((m) => !missing.has(m) && line.startsWith(m, i) && opens(line, i, m));
    if (!mark) continue;
    let close = -1;
    for (let c = line.indexOf(mark, i + mark.length + 1); c >= 0; c = line.indexOf(mark, c + 1)) {
      if (closes(line, c, mark)) {
        close = c;
        break;
      }
    }
    if (close < 0) {
      missing.add(mark);
      continue;
    }
    out += line.slice(from, i) + line.slice(i + mark.length, close);
    from = close + mark.length;
    i = from - 1;
  }
  return out + line.slice(from);
}

/** `**strong**` and `__strong__` lose their marks (a mark followed by a non-space, closed after a non-space). */
const strongless = (line: string) =>
  line.includes('**') || line.includes('__')
    ? unwrapPairs(line, ['**', '__'], (l, at, m) => !isSpace(l[at + m.length]) && at + m.length < l.length, (l, at) => !isSpace(l[at - 1]))
    : line;

/** `*emphasis*` and `_emphasis_` lose theirs, when the marks stand at a word's edges ("snake_case" keeps its). */
const emphasisless = (line: string) =>
  line.includes('*') || line.includes('_')
    ? unwrapPairs(
        line,
        ['*', '_'],
        (l, at) => (at === 0 || /[\s(“"]/.test(l[at - 1]!)) && at + 1 < l.length && !isSpace(l[at + 1]),
        (l, at) => !isSpace(l[at - 1]) && (at + 1 === l.length || /[\s).,;:!?”"]/.test(l[at + 1]!)),
      )
    : line;
