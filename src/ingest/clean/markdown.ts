import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';

/**
 * Markdown to plain paragraphs: headings lose their marks (the first becomes the title), images go (recorded),
 * links keep their text, emphasis marks and raw HTML tags are dropped. Front matter is read as text, never run.
 */
export function markdownToText(md: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const removed: Removal[] = [];
  const embedded: Embedded = {};
  let text = md;
  const fm = /^---[^\n]*\n([\s\S]*?)\n---\s*\n/.exec(text);
  if (fm) {
    removed.push({ kind: 'front matter', text: fm[0].trim() });
    for (const line of fm[1]!.split('\n')) {
      const kv = /^(title|date|published|author|url|publisher)\s*:\s*["']?(.+?)["']?\s*$/i.exec(line);
      if (!kv) continue;
      const key = kv[1]!.toLowerCase();
      if (key === 'title') embedded.title = kv[2];
      else if (key === 'author') embedded.byline = kv[2];
      else if (key === 'url' && /^https?:\/\//.test(kv[2]!)) embedded.url = kv[2];
      else if (key === 'publisher') embedded.publisher = kv[2];
      else if (/^\d{4}-\d{2}-\d{2}/.test(kv[2]!)) embedded.published = kv[2]!.slice(0, 10);
    }
    text = text.slice(fm[0].length);
  }
  text = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (m) => {
      removed.push({ kind: 'image', text: m });
      return '';
    })
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/^\s{0,3}(#{1,6})\s+(.+?)\s*#*$/gm, (_m, hashes: string, title: string) => {
      if (hashes === '#' && !embedded.title) embedded.title = title.replace(/[*_`]/g, '');
      return title;
    })
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(\S(?:.*?\S)?)\2(?=[\s).,;:!?]|$)/gm, '$1$3')
    .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '');
  return { text, removed, embedded };
}
