// Not from 'astro:content': that module is Astro's whole page-rendering runtime (about a hundred modules),
// which the content sync would load through Vite before every build (0.3 to 0.5 s) only for this function.
import { defineCollection } from 'astro/content/config';
import { resolve } from 'node:path';
import { ArticleCard } from './content/article-card.ts';
import { createRequire } from 'node:module';

// The loader and the modules it reads entries with are loaded by Node itself, not through the Vite server
// Astro runs this file in, which would transform and source-map some thirty modules on every build that
// the build's integrations have mostly loaded already (A/B: a build 4% faster). What they share between
// the loader and the pages lives on globalThis (article-entry.ts), so either way of loading them works.
// Editing the loader in `astro dev` then needs a restart.
const { articleLoader } = createRequire(import.meta.url)('./content/article-loader.ts') as typeof import('./content/article-loader.ts');

// CONTENT_DIR lets tests and the benchmark build a site from another folder of entries.
const root = resolve(process.env.CONTENT_DIR ?? './content');

// Each entry is validated whole (src/schema/article.ts) as it is loaded; the store keeps a card of it.
const articles = defineCollection({
  loader: articleLoader(`${root}/articles`),
  schema: ArticleCard,
});

export const collections = { articles };
