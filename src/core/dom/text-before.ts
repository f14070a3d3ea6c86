import { collapsedTrimmedLength } from '../text/collapsed-length';

/** Characters of text before a node inside its parent. */
export function textBefore(node: Node): number {
  let chars = 0;
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) chars += collapsedTrimmedLength(sibling.textContent ?? '');
  return chars;
}
