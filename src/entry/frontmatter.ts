import matter from 'gray-matter';
import { readYaml, writeYaml } from './yaml.ts';

export interface Entry {
  data: Record<string, unknown>;
  body: string;
}

// gray-matter splits an entry at its `---` lines and hands the block to an engine by the language named on
// the opening line. Its defaults are unsafe for files an editor or a contributor writes: `---js` blocks go
// through eval (and `engines: { js: false }` does not stop that) and YAML is read as YAML 1.1 by js-yaml. So
// every engine it knows is replaced: YAML is read and written as YAML 1.2 core by yaml.ts, anything else
// refuses. An options object is always passed: without one gray-matter caches parses by text and returns
// `{}` for a second parse of a broken file.
const refuse = (message: string) => ({ parse: (): never => { throw new Error(message); }, stringify: (): never => { throw new Error(message); } });
const JS = refuse('JavaScript front matter is not allowed');
const OTHER = (lang: string) => refuse(`front matter language "${lang}" is not allowed; use YAML`);
// A list or a single value goes through too (typed as an object for gray-matter) and is refused by parseEntry.
const yamlEngine = (parse: (text: string) => unknown) => ({ parse: (text: string) => parse(text) as object, stringify: (data: object) => writeYaml(data) });
const engines = (parse: (text: string) => unknown) => ({
  yaml: yamlEngine(parse), yml: yamlEngine(parse), js: JS, javascript: JS,
  json: OTHER('json'), coffee: OTHER('coffee'), cson: OTHER('cson'), toml: OTHER('toml'),
});
const READ = { language: 'yaml', engines: engines(readYaml) };
// For the body alone the block is split off but not read (YAML is the slow part; a page needs only the text).
const SKIP = { language: 'yaml', engines: engines(() => ({})) };

// The opening line, `---` or `---<language>` (gray-matter: a fourth `-` makes it no frontmatter at all), and
// the closing line, which for gray-matter is the first that starts with `---`.
const OPEN = /^\ufeff?---(?!-)([^\r\n]*)\r?\n/;
const CLOSE = /^---.*$/m;

/**
 * What gray-matter leaves to its caller: a language it has no engine for is named, and a block without a
 * closing line is an error (gray-matter would read the whole article as frontmatter and leave no body).
 */
function check(text: string): void {
  const open = OPEN.exec(text);
  if (!open) return;
  const lang = open[1]!.trim().toLowerCase();
  if (lang && !(lang in READ.engines)) throw new Error(`front matter language "${lang}" is not allowed; use YAML`);
  const close = CLOSE.exec(text.slice(open[0].length));
  if (!close) throw new Error('front matter has no closing --- line');
  if (close[0].trim() !== '---') throw new Error(`front matter's closing line is "${close[0].trim()}", not ---`);
}

function split(text: string, options: typeof READ): { data: unknown; body: string } {
  check(text);
  const file = matter(text, options);
  // gray-matter removes one line break after the closing line; entries are written with a blank line there.
  return { data: file.data, body: file.content.replace(/^\r?\n/, '') };
}

/** An entry's body alone, without reading its frontmatter. */
export function entryBody(text: string): string {
  return split(text, SKIP).body;
}

/**
 * Reads a Markdown entry: the YAML 1.2 frontmatter between its `---` lines as data, the rest as the body.
 * A file without frontmatter is all body. Nothing in the file is ever run.
 */
export function parseEntry(text: string): Entry {
  // yaml.ts counts lines in the block, whose first line is the opening `---` (gray-matter keeps the break
  // after it), so its line numbers are the file's.
  const { data: read, body } = split(text, READ);
  const data = read ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`front matter is ${Array.isArray(data) ? 'a list' : 'a single value'}, not fields`);
  return { data: data as Record<string, unknown>, body };
}

/** Writes an entry through gray-matter: YAML 1.2 frontmatter between `---` lines, a blank line, the body. */
export function stringifyEntry(entry: Entry): string {
  // A file object, not a string: gray-matter would read a string body that starts with `---` as frontmatter.
  return matter.stringify({ content: `\n${entry.body.trimEnd()}\n`, data: {} } as never, entry.data, READ);
}
