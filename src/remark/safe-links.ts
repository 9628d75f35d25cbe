import type { Root, Link } from 'mdast';
import { visit } from 'unist-util-visit';

/** remark plugin: links whose address is not http(s), a page anchor or a site path become plain text. */
export default function remarkSafeLinks() {
  return (tree: Root) => {
    visit(tree, 'link', (node: Link, index, parent) => {
      if (!parent || index === undefined) return;
      if (/^(?:https?:\/\/|#|\/(?!\/))/i.test(node.url.trim())) return;
      parent.children.splice(index, 1, ...(node.children as never[]));
    });
    visit(tree, 'image', (_node, index, parent) => {
      if (parent && index !== undefined) parent.children.splice(index, 1);
    });
  };
}
