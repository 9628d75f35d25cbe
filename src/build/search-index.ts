import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { loadEntries } from '../ingest/entries.ts';
import { contentDir } from '../lib/content-dir.ts';
import { articleRecord, eventRecord, type SearchRecord } from '../search/records.ts';
import { writeSearchIndex } from '../search/write-index.ts';
import type { TimelineEvent } from '../schema/timeline-event.ts';

/** Every search record of the built site: its events (from the data download it just wrote) and its articles. */
function siteRecords(outDir: string): SearchRecord[] {
  const events = JSON.parse(readFileSync(join(outDir, 'data/events.json'), 'utf8')) as TimelineEvent[];
  const { entries } = loadEntries(contentDir());
  return [...events.map(eventRecord), ...entries.map((e) => articleRecord(e.id, e.data, e.body))];
}

/**
 * Astro integration: once the pages are built, brings the Pagefind search index up to date with them,
 * shard by shard. (Indexing beside page rendering was tried: on two cores it took as long in all.)
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await writeSearchIndex(fileURLToPath(dir), siteRecords(fileURLToPath(dir)));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${report.records} pages in ${report.written.length + report.kept.length} shards: ${report.written.length} indexed anew, ${report.kept.length} unchanged, ${report.removed.length} removed (${seconds} s)`);
      },
    },
  };
}
