import type { Root, Text, PhrasingContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

export interface EvidenceOptions {
  /** Sentences to mark: the exact text, the id the <mark> gets, and the event page it links to. */
  evidence: Array<{ text: string; id: string; href: string; title: string }>;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * remark plugin: wraps each evidence sentence found in a text node in <mark id> holding a link to its
 * event, so /articles/<slug>/#ev-e1 scrolls to and highlights the sentence that states the event.
 */
export default function remarkEvidence(options: EvidenceOptions = { evidence: [] }) {
  // The sentences come from the options, or per document from file.data.evidence, so one frozen
  // processor can serve every article of a build.
  return (tree: Root, file?: { data: Record<string, unknown> }) => {
    const list = (file?.data.evidence as EvidenceOptions['evidence'] | undefined) ?? options.evidence;
    const pending = list.filter((e) => e.text.trim());
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !pending.length) return;
      const value = squash(node.value);
      const found = pending.map((e) => ({ e, at: value.indexOf(squash(e.text).trim()) })).filter((f) => f.at >= 0).sort((a, b) => a.at - b.at)[0];
      if (!found) return;
      pending.splice(pending.indexOf(found.e), 1);
      const sentence = squash(found.e.text).trim();
      const before = value.slice(0, found.at);
      const after = value.slice(found.at + sentence.length);
      const mark = {
        type: 'emphasis',
        data: { hName: 'mark', hProperties: { id: found.e.id } },
        children: [{ type: 'link', url: found.e.href, title: found.e.title, children: [{ type: 'text', value: sentence }] }],
      } as unknown as PhrasingContent;
      const nodes: PhrasingContent[] = [];
      if (before) nodes.push({ type: 'text', value: before });
      nodes.push(mark);
      if (after) nodes.push({ type: 'text', value: after });
      parent.children.splice(index, 1, ...(nodes as never[]));
      // The text after the mark may hold the next event's sentence (two events in one paragraph): visit it.
      return [SKIP, index + nodes.length - (after ? 1 : 0)];
    });
  };
}
