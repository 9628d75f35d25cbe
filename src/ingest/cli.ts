// `npm run ingest -- <file or folder>... [--published YYYY-MM-DD] [--url URL] [--publisher NAME]`
// The only part of the ingest that touches argv and disk. With no paths it re-ingests content/sources/.
// Prints one line per input (written / unchanged / rejected), then a summary; exit 1 if any input was rejected.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { processArticle } from './pipeline.ts';
import { parseEntry, stringifyEntry } from './write/frontmatter.ts';
import { mergeWithExisting } from './write/merge.ts';
import { writeAtomic } from './write/atomic.ts';
import { parseSidecar, type Sidecar } from './meta/sidecar.ts';
import { safeFileName, slugify } from '../lib/slug.ts';
import { contentDir } from '../lib/content-dir.ts';
import { Article } from '../schema/article.ts';

const SIDECAR = /\.meta\.(json|ya?ml)$/i;
const ARTICLE = /\.(txt|text|md|markdown|html?)$/i;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    url: { type: 'string' },
    publisher: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log('usage: npm run ingest -- [file or folder ...] [--published YYYY-MM-DD] [--url URL] [--publisher NAME]');
  process.exit(0);
}
if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
  console.error(`--published: "${values.published}" is not a date as YYYY-MM-DD`);
  process.exit(2);
}

const root = contentDir();
const sourcesDir = join(root, 'sources');
const articlesDir = join(root, 'articles');

/** Every article file named on the command line, folders expanded (sidecars and dotfiles skipped). */
function inputs(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      out.push(p); // reported as rejected below, with the reason
      continue;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith('.') || SIDECAR.test(name)) continue;
        const full = join(p, name);
        if (statSync(full).isDirectory()) out.push(...inputs([full]));
        else out.push(full);
      }
    } else out.push(p);
  }
  return out;
}

function sidecarFor(file: string): Sidecar {
  for (const ext of ['json', 'yaml', 'yml']) {
    const path = file.replace(/\.[^./\\]+$/, '') + `.meta.${ext}`;
    if (existsSync(path)) return parseSidecar(readFileSync(path, 'utf8'), basename(path));
  }
  return {};
}

const files = inputs(positionals.length ? positionals : [sourcesDir]);
const counts = { written: 0, unchanged: 0, rejected: 0 };
const claimed = new Map<string, string>(); // slug -> source file, within this run
const pad = String(files.length).length;

files.forEach((file, i) => {
  const progress = `[${String(i + 1).padStart(pad)}/${files.length}]`;
  const reject = (reason: string) => {
    counts.rejected++;
    console.log(`${progress} rejected  ${file}: ${reason}`);
  };
  try {
    if (!ARTICLE.test(file)) return reject('not a .txt, .md or .html file');
    const bytes = readFileSync(file);
    let sidecar: Sidecar;
    try {
      sidecar = sidecarFor(file);
    } catch (e) {
      return reject((e as Error).message);
    }
    const sourceFile = safeFileName(basename(file));
    const slug = slugify(sourceFile.replace(/\.[^.]+$/, '')) || 'article';
    if (claimed.has(slug) && claimed.get(slug) !== sourceFile) {
      return reject(`its entry name "${slug}" is already taken by ${claimed.get(slug)} in this run; rename the file`);
    }
    const entryPath = join(articlesDir, `${slug}.md`);
    const before = existsSync(entryPath) ? readFileSync(entryPath, 'utf8') : null;
    let existing: Record<string, unknown> | null = null;
    if (before !== null) {
      try {
        existing = parseEntry(before).data;
      } catch (e) {
        return reject(`its entry ${entryPath} cannot be read (${(e as Error).message.split('\n')[0]}); fix or delete it first`);
      }
      if (existing.source_file && existing.source_file !== sourceFile) {
        return reject(`its entry name "${slug}" is already used by ${String(existing.source_file)}; rename the file`);
      }
    }
    const hints = {
      published: values.published ?? sidecar.published,
      publishedFrom: values.published ? ('flag' as const) : sidecar.published ? ('sidecar' as const) : undefined,
      url: values.url ?? sidecar.url,
      publisher: values.publisher ?? sidecar.publisher,
      title: sidecar.title,
    };
    const result = processArticle(bytes, sourceFile, hints);
    if (!result.ok) return reject(result.reason);
    // Parsed through the schema, so every field an editor may set is written out, with its default.
    const checked = Article.safeParse(mergeWithExisting(result.article, existing));
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      return reject(`its entry would not be valid: ${issue.path.join('.')}: ${issue.message}`);
    }
    const article = checked.data;
    const text = stringifyEntry({ data: article as Record<string, unknown>, body: result.body });
    claimed.set(slug, sourceFile);
    const sourcePath = join(sourcesDir, sourceFile);
    if (resolve(sourcePath) !== resolve(file)) {
      if (!existsSync(sourcePath) || !readFileSync(sourcePath).equals(bytes)) writeAtomic(sourcePath, bytes);
    }
    const n = article.events?.length ?? 0;
    if (before === text) {
      counts.unchanged++;
      console.log(`${progress} unchanged ${file} -> ${relative(process.cwd(), entryPath)} (${n} event${n === 1 ? '' : 's'})`);
    } else {
      writeAtomic(entryPath, text);
      counts.written++;
      console.log(`${progress} written   ${file} -> ${relative(process.cwd(), entryPath)} (${n} event${n === 1 ? '' : 's'})`);
    }
  } catch (e) {
    reject(`unexpected error: ${(e as Error).message.split('\n')[0]}`);
  }
});

console.log(`${files.length} input${files.length === 1 ? '' : 's'}: ${counts.written} written, ${counts.unchanged} unchanged, ${counts.rejected} rejected`);
process.exit(counts.rejected ? 1 : 0);
