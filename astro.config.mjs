// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import incrementalPages from './src/build/incremental-pages.ts';
import searchIndex from './src/build/search-index.ts';
import buildPhases from './src/build/build-phases.ts';

// No telemetry: Astro would otherwise post every build's command and project profile to
// telemetry.astro.build. Read when Astro records the command, after this file is loaded.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

// SITE_URL is the public address (canonical links, feeds, sitemap); BASE_PATH hosts the site under a sub-path.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'http://localhost:4321';
// CONTENT_DIR builds another folder of entries (tests, the benchmark).
const content = resolve(process.env.CONTENT_DIR ?? 'content');

// Not `defineConfig` from 'astro/config', which only returns its argument: that entry point also loads
// Astro's font providers, SVG optimizer and session drivers, about 0.45 s of every build's start-up.
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  base,
  trailingSlash: 'always',
  // Pages are written while the next ones render: the build waits on the disk less.
  // The one stylesheet is inlined: no render-blocking request before an event's anchor can show.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Astro writes each page's Content-Security-Policy meta tag and hashes every script and style it bundles
  // (the inlined stylesheet included). 'self' is named because listing any script source replaces Astro's
  // default; the search page adds 'wasm-unsafe-eval' for Pagefind (src/pages/search/index.astro).
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
    },
  },
  // Astro's cache (its content store, and our record of every page built) belongs to one folder of
  // content published at one address: a test building other content never reuses it.
  cacheDir: `./node_modules/.astro/${createHash('sha1').update(`${content}\n${base}\n${site}`).digest('hex').slice(0, 12)}/`,
  // A page whose props and code are unchanged since the last build is not rendered again.
  // Then the search index is brought up to date with the pages, shard by shard.
  // Last: it prints where the build's time went.
  integrations: [incrementalPages(), searchIndex(), buildPhases()],
  devToolbar: { enabled: false },
  // Article bodies go through our own remark pipeline (src/lib/render-body.ts), never Astro's Markdown, and
  // Shiki's inline styles would not pass the CSP anyway.
  markdown: { syntaxHighlight: false },
  // No prefetching: the site must make no requests outside itself.
  prefetch: false,
  // Scripts always ship as files: the Content-Security-Policy allows no inline scripts. The output folder
  // is kept between builds so unchanged pages stay in place; pages that no longer exist are pruned.
  vite: { build: { assetsInlineLimit: 0, emptyOutDir: false } },
};
