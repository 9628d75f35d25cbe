import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkEvidence, { type EvidenceOptions } from '../remark/evidence.ts';
import remarkSafeLinks from '../remark/safe-links.ts';

/**
 * An article body as HTML: Markdown through remark, with raw HTML dropped (remark-rehype leaves it out unless
 * told otherwise), only http(s) links kept, and each event's evidence sentence marked and linked.
 */
const processor = unified().use(remarkParse).use(remarkSafeLinks).use(remarkEvidence).use(remarkRehype).use(rehypeStringify).freeze();

export async function renderBody(markdown: string, evidence: EvidenceOptions['evidence']): Promise<string> {
  const file = await processor.process({ value: markdown, data: { evidence } });
  return String(file);
}
