import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { Article } from './schema/article.ts';

// CONTENT_DIR lets tests and the benchmark build a site from another folder of entries.
const root = (process.env.CONTENT_DIR ?? './content').replace(/\/$/, '');

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/articles` }),
  schema: Article,
});

export const collections = { articles };
