import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { takeFrontMatter } from './front-matter.ts';

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
  const text = front.text
    .replace(/<!--[\s\S]*?-->/g, record('comment'))
    .replace(/<(script|style|iframe|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, record('embedded code'))
    .replace(/<img\b[^>]*>/gi, record('image'))
    // Images, also inside links ([![alt](src)](href)), and reference-style image uses.
    .replace(/!\[[^\]\n]*\]\((?:[^()\n]|\([^)\n]*\))*\)|!\[[^\]\n]*\]\[[^\]\n]*\]/g, record('image'))
    // Link reference definitions: "[1]: https://..." lines.
    .replace(/^ {0,3}\[(?!\^)[^\]\n]+\]:\s*\S+.*$/gm, record('link reference'))
    .replace(/\[([^\]\n]*)\]\((?:[^()\n]|\([^)\n]*\))*\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1')
    .replace(/\[\^[^\]\s]+\](?!:)/g, '')
    .replace(/^\[\^[^\]\s]+\]:\s*/gm, '')
    .replace(/<(?:https?|mailto|ftp):[^>\s]*>/gi, '')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    // Setext heading underlines and horizontal rules.
    .replace(/^(\S.*)\n {0,3}(=+|-+) *$/gm, (_m, title: string, underline: string) => {
      if (underline[0] === '=' && !embedded.title) embedded.title = title.trim();
      return title;
    })
    .replace(/^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/gm, (_m, hashes: string, title: string) => {
      if (hashes === '#' && !embedded.title) embedded.title = title.replace(/[*_`]/g, '');
      return title;
    })
    .replace(/^ {0,3}(?:>\s?)+/gm, '')
    .replace(/^ {0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=\S)/gm, '')
    .replace(/^ {0,3}(?:```|~~~).*$/gm, '')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(“"])([*_])(?=\S)(.+?)(?<=\S)\2(?=[\s).,;:!?”"]|$)/gm, '$1$3')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
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
