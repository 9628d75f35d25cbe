import type { Removal } from '../../schema/article.ts';
import type { Embedded } from './index.ts';
import { isoDay } from './page-meta.ts';

// YAML (---) or TOML (+++) front matter; `---js` and other languages are matched too, and only ever read as text.
const BLOCK = /^(?:---|\+\+\+)[ \t]*([\w-]*)[ \t]*\n([\s\S]*?)\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/;
// A front-matter line: `key: value`, `key = value`, an indented or list continuation, or a comment.
const FIELD_LINE = /^(?:[\w.-]+\s*[:=]|\s+\S|-\s|#|\s*$)/;
const KEYS: Record<string, keyof Embedded> = { title: 'title', headline: 'title', author: 'byline', authors: 'byline', byline: 'byline', publisher: 'publisher', source: 'publisher', site: 'publisher', site_name: 'publisher', url: 'url', link: 'url', canonical: 'url', canonical_url: 'url', date: 'published', published: 'published', pubdate: 'published', publishdate: 'published', published_at: 'published', date_published: 'published' };

const unquote = (v: string) => v.trim().replace(/^(["'])(.*)\1$/, '$2').trim();

/**
 * A front-matter block at the top of a Markdown file, taken out and recorded, with the metadata it
 * states read line by line as plain `key: value` text. Nothing in it is evaluated. A block that names
 * its language (`---js`) is front matter whatever it holds; a plain leading `---` that opens no field
 * block (a horizontal rule) is left alone.
 */
export function takeFrontMatter(md: string): { text: string; removed: Removal[]; embedded: Embedded } {
  const m = BLOCK.exec(md);
  if (!m || (!m[1] && !m[2]!.split('\n').every((l) => FIELD_LINE.test(l)))) return { text: md, removed: [], embedded: {} };
  const embedded: Embedded = {};
  for (const line of m[2]!.split('\n')) {
    const kv = /^([\w.-]+)\s*[:=]\s*(.+)$/.exec(line);
    const field = kv ? KEYS[kv[1]!.toLowerCase()] : undefined;
    if (!field || embedded[field]) continue;
    const value = unquote(kv![2]!);
    if (!value || /^[[{|>&*!]/.test(value)) continue; // lists, maps, block scalars, anchors and tags are not plain values
    if (field === 'published') {
      const day = isoDay(value);
      if (day) embedded.published = day;
    } else if (field === 'url') {
      if (/^https?:\/\/\S+$/i.test(value)) embedded.url = value;
    } else embedded[field] = value;
  }
  return { text: md.slice(m[0].length), removed: [{ kind: 'front matter', text: m[0].trim() }], embedded };
}
