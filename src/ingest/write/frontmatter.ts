import matter from 'gray-matter';

// gray-matter evaluates `---js` front matter with eval by default, and `engines: { js: false }` does not
// stop it: both names get an engine that refuses. An options object is always passed, because gray-matter
// caches parses made without one and returns {} for a second parse of a broken file.
const refuse = () => {
  throw new Error('JavaScript front matter is not allowed');
};
const OPTIONS = { engines: { js: refuse, javascript: refuse } } as const;

export interface Entry {
  data: Record<string, unknown>;
  body: string;
}

/** Reads a Markdown entry's frontmatter and body without ever running code from it. */
export function parseEntry(text: string): Entry {
  const parsed = matter(text, { ...OPTIONS });
  const lang = (parsed as { language?: string }).language;
  if (lang && lang !== 'yaml') throw new Error(`front matter language "${lang}" is not allowed; use YAML`);
  return { data: parsed.data as Record<string, unknown>, body: parsed.content.replace(/^\n/, '') };
}

/** Writes an entry as YAML frontmatter plus Markdown body. */
export function stringifyEntry(entry: Entry): string {
  const text = matter.stringify(`\n${entry.body.trimEnd()}\n`, entry.data, { ...OPTIONS });
  return text;
}
