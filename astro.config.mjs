// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import incrementalPages from './src/build/incremental-pages.ts';
import searchIndex from './src/build/search-index.ts';

// SITE_URL is the public address (canonical links, feeds, sitemap); BASE_PATH hosts the site under a sub-path.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// CONTENT_DIR builds another folder of entries (tests, the benchmark).
const content = resolve(process.env.CONTENT_DIR ?? 'content');

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Pages are written while the next ones render: the build waits on the disk less.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Astro's cache (its content store, and our record of every page built) belongs to one folder of
  // content published at one address: a test building other content never reuses it.
  cacheDir: `./node_modules/.astro/${createHash('sha1').update(`${content}\n${base}\n${site}`).digest('hex').slice(0, 12)}/`,
  // A page whose props and code are unchanged since the last build is not rendered again.
  // Then the search index is brought up to date with the pages, shard by shard.
  integrations: [incrementalPages(), searchIndex()],
  devToolbar: { enabled: false },
  // No telemetry, no prefetching from other origins: the site must make no requests outside itself.
  prefetch: false,
  // Scripts always ship as files: the Content-Security-Policy allows no inline scripts. The output folder
  // is kept between builds so unchanged pages stay in place; pages that no longer exist are pruned.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
});
