// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL is the public address (canonical links, feeds, sitemap); BASE_PATH hosts the site under a sub-path.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // No telemetry, no prefetching from other origins: the site must make no requests outside itself.
  prefetch: false,
  // Scripts always ship as files: the Content-Security-Policy allows no inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
