import { defineCollection } from 'astro:content';
import { resolve } from 'node:path';
import { Article } from './schema/article.ts';
import { articleLoader } from './content/article-loader.ts';

// CONTENT_DIR lets tests and the benchmark build a site from another folder of entries.
const root = resolve(process.env.CONTENT_DIR ?? './content');

const articles = defineCollection({
  loader: articleLoader(`${root}/articles`),
  schema: Article,
});

export const collections = { articles };
