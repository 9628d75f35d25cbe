import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Article } from '../schema/article.ts';
import { parseEntry } from '../entry/index.ts';
import type { ArticleEntry } from '../timeline/index.ts';

export interface EntryProblem { file: string; field: string; message: string }

/** An entry as loaded: its slug, its validated frontmatter, its clean text. */
export type LoadedEntry = ArticleEntry & { body: string };

/** One entry's text read and validated by the schema the site uses: the entry, or its problems, one per field. */
export function checkEntry(file: string, id: string, text: string): { entry: LoadedEntry; problems?: never } | { entry?: never; problems: EntryProblem[] } {
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = parseEntry(text));
  } catch (e) {
    return { problems: [{ file, field: '(front matter)', message: (e as Error).message.split('\n')[0]! }] };
  }
  const parsed = Article.safeParse(data);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => ({ file, field: issue.path.join('.') || '(root)', message: withValue(issue.message, valueAt(data, issue.path)) })) };
  return { entry: { id, data: parsed.data, body } };
}

/** Every entry under <content>/articles, validated by the same schema the site uses; problems in one line each. */
export function loadEntries(contentDir: string): { entries: LoadedEntry[]; problems: EntryProblem[] } {
  const dir = join(contentDir, 'articles');
  const entries: LoadedEntry[] = [];
  const problems: EntryProblem[] = [];
  if (!existsSync(dir)) return { entries, problems };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.')).sort()) {
    const file = join(dir, name);
    const checked = checkEntry(file, name.replace(/\.md$/, ''), readFileSync(file, 'utf8'));
    if (checked.entry) entries.push(checked.entry);
    else problems.push(...checked.problems);
  }
  return { entries, problems };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

/** The schema's reason, and the value as read when it is a single one, so a retyped value shows as YAML read it. */
function withValue(message: string, value: unknown): string {
  if (value === undefined || (value !== null && typeof value === 'object')) return message;
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : String(value);
  return `${message.replace(/^Invalid input: /, '')} (the value is ${shown})`;
}

export function formatProblem(p: EntryProblem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}
