import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { AstroIntegration } from 'astro';
import { loadEntries } from '../ingest/entries.ts';
import { contentDir } from '../lib/content-dir.ts';
import { searchShards, type SearchSource } from '../search/shards.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import { articleRecord } from '../search/records.ts';
import { entryBody, writeAtomic } from '../entry/index.ts';
import { RECORD_DIR_ENV } from './page-record.ts';
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';
import { articleEntry, articleFile } from '../content/article-entry.ts';
import { takeSite, whenShared, type BuiltSite } from './handoff.ts';
import { timed } from './phases.ts';

const sha1 = (s: string) => createHash('sha1').update(s).digest('base64url');

/** What the search cache keeps of an article: its entry's digest, its record's digest, the fields of its record besides the text. */
type Known = [entry: string, record: string, title: string, publisher: string | null];

/**
 * What the index is made of, from the pages' code: digests known, an entry read only if its shard is written.
 * An article's record digest is kept by its entry's digest (in the page record's cache folder), so an entry
 * edited in its events only, which leaves its title, outlet and text as they were, leaves its shard as it is.
 * Its title and outlet are kept beside it, so a shard written again reads only the text of each of its
 * articles, not its frontmatter (reading the YAML of every article of a month was half the shard's time).
 */
function fromSite(site: BuiltSite, cacheDir: string | undefined): SearchSource {
  const file = cacheDir ? join(cacheDir, 'search-articles.json') : null;
  let before: Record<string, Known> = {};
  try {
    if (file) before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Known>;
  } catch {
    // None yet: every article's record is digested.
  }
  const next: Record<string, Known> = {};
  let changed = Object.keys(before).length !== site.articles.length;
  const articles = site.articles.map((a) => {
    let known = before[a.id];
    let entry: { data: Pick<Article, 'title' | 'publisher' | 'published'>; body: string } | undefined;
    if (!known || known[0] !== a.digest) {
      const whole = articleEntry(a.id, a.digest);
      entry = whole;
      known = [a.digest, sha1(JSON.stringify(articleRecord(a.id, whole.data, whole.body))), whole.data.title, whole.data.publisher];
      changed = true;
    }
    next[a.id] = known;
    const [, digest, title, publisher] = known;
    return { id: a.id, digest, published: a.published, read: () => entry ?? { data: { title, publisher, published: a.published }, body: entryBody(readFileSync(articleFile(a.id), 'utf8')) } };
  });
  if (file && changed) {
    mkdirSync(cacheDir!, { recursive: true });
    writeAtomic(file, JSON.stringify(next));
  }
  return { events: site.events, articles };
}

/** The same from the timeline's download and every entry, when no page code ran in this process. */
function fromFiles(outDir: string): SearchSource {
  const events = JSON.parse(readFileSync(join(outDir, 'data/events.json'), 'utf8')) as TimelineEvent[];
  const { entries } = loadEntries(contentDir());
  return {
    events: events.map((event) => ({ event, digest: sha1(JSON.stringify(event)) })),
    articles: entries.map((e) => ({ id: e.id, digest: sha1(JSON.stringify(articleRecord(e.id, e.data, e.body))), published: e.data.published, read: () => e })),
  };
}

/** Brings the index under `outDir` up to date with `source`; its report, and the seconds it took. */
async function indexSearch(outDir: string, source: SearchSource) {
  const started = performance.now();
  const { shards, size } = searchShards(source);
  const report = await writeSearchIndex(outDir, shards, size);
  return { report, seconds: (performance.now() - started) / 1000 };
}

/**
 * Astro integration: brings the Pagefind search index up to date with the site, shard by shard. It starts
 * as soon as the pages' code has clustered the timeline, while the pages render: Pagefind indexes in its own
 * process, on the other core, and a build waits for the slower of the two instead of both in turn (a full
 * build of 10,000 articles: 48 s one after the other, 32 s side by side). The build is done when the index is.
 */
export default function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  let outDir = '';
  let indexing: Promise<Awaited<ReturnType<typeof indexSearch>>> | null = null;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Set by the incremental-pages integration's build:start, which runs before this one.
        cacheDir = process.env[RECORD_DIR_ENV] ? join(process.env[RECORD_DIR_ENV]!, 'cache') : undefined;
        indexing = null;
        whenShared((site) => {
          indexing = indexSearch(outDir, fromSite(site, cacheDir));
          // Failures are reported when the build waits for the index, not as an unhandled rejection now.
          indexing.catch(() => {});
        });
      },
      'astro:build:done': ({ dir, logger }) => timed('search shards (waiting on the index)', async () => {
        const site = takeSite();
        const built = fileURLToPath(dir);
        const { report, seconds } = await (indexing ?? indexSearch(built, site ? fromSite(site, cacheDir) : fromFiles(built)));
        logger.info(`${report.records} pages in ${report.written.length + report.kept.length} shards: ${report.written.length} indexed anew, ${report.kept.length} unchanged, ${report.removed.length} removed (${seconds.toFixed(1)} s)`);
      }),
    },
  };
}
