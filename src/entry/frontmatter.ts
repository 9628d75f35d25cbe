import { readYaml, writeYaml } from './yaml.ts';

export interface Entry {
  data: Record<string, unknown>;
  body: string;
}

// The opening line: `---`, or `---<language>` (`---js`, `---toml`), which we refuse rather than run or guess.
const OPEN = /^\ufeff?---([^\r\n]*)\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

/** Where the frontmatter's YAML and the body are in an entry's text; throws for a refused or unclosed block. */
function split(text: string): { yaml: string | null; body: string } {
  const open = OPEN.exec(text);
  if (!open) return { yaml: null, body: text };
  const lang = open[1]!.trim();
  if (/^(?:js|javascript)$/i.test(lang)) throw new Error('JavaScript front matter is not allowed');
  if (lang && lang.toLowerCase() !== 'yaml') throw new Error(`front matter language "${lang}" is not allowed; use YAML`);
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new Error('front matter has no closing --- line');
  return { yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length).replace(/^\r?\n/, '').replace(/^\r?\n/, '') };
}

/** An entry's body alone, without reading its frontmatter (YAML is the slow part; a page needs only the text). */
export function entryBody(text: string): string {
  return split(text).body;
}

/**
 * Reads a Markdown entry: the YAML 1.2 frontmatter between its `---` lines as data, the rest as the body.
 * A file without frontmatter is all body. Nothing in the file is ever run: the split is ours (gray-matter
 * ran `---js` front matter through eval and read YAML 1.1), the data is plain YAML (see yaml.ts).
 */
export function parseEntry(text: string): Entry {
  const { yaml, body } = split(text);
  if (yaml === null) return { data: {}, body };
  let data: unknown;
  try {
    data = readYaml(yaml);
  } catch (e) {
    // Lines counted in the file, not in the block: the opening `---` is line 1.
    throw new Error((e as Error).message.replace(/ at line (\d+)/, (_m, n: string) => ` at line ${Number(n) + 1}`));
  }
  if (data == null) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`front matter is ${Array.isArray(data) ? 'a list' : 'a single value'}, not fields`);
  return { data: data as Record<string, unknown>, body };
}

/** Writes an entry: YAML 1.2 frontmatter between `---` lines, a blank line, the body. */
export function stringifyEntry(entry: Entry): string {
  return `---\n${writeYaml(entry.data)}---\n\n${entry.body.trimEnd()}\n`;
}
