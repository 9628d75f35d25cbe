import { z } from 'astro/zod';

/**
 * What the content store keeps of an article besides its id and digest: its publication day, which is what
 * the pages that list every article read (the search page names each month's bundle). The whole entry is
 * validated by the Article schema as it is loaded, and read from its file where a page needs it
 * (article-entry.ts): Astro serializes, bundles and reads back its whole store on every build, so it holds
 * only this.
 */
export const ArticleCard = z.object({
  published: z.string().nullable(),
});
export type ArticleCard = z.output<typeof ArticleCard>;
