import { textNodes } from '../dom/text-nodes';
import { BLOCK_TAGS } from '../text/html-to-text';

// A word ending in a lower-case letter, then one starting with a capital: two
// items a page lays out apart (a brand and a name, an author and a date, tags
// side by side) whose markup puts no space between them.
const ENDS_LOWER = /\p{Ll}$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * Puts a space between two neighbouring inline elements whose texts would
 * otherwise run into one word ("Terrence O'BrienMar 7"): the page sets them
 * apart by style, which the reader does not keep. A word split across
 * elements within one case run ("<b>W</b>ord") is left whole.
 */
export function separateGluedWords(content: Element): void {
  let previous: Text | null = null;
  const gaps: ChildNode[] = [];
  for (const node of textNodes(content)) {
    const value = node.nodeValue ?? '';
    if (!value) continue;
    if (previous && previous.parentNode !== node.parentNode && ENDS_LOWER.test(previous.nodeValue ?? '') && STARTS_UPPER.test(value)) {
      const start = inlineEdge(node, content, 'firstChild');
      // Texts on either side of a block boundary are on lines of their own already.
      if (start && inlineEdge(previous, content, 'lastChild')) gaps.push(start);
    }
    previous = node;
  }
  for (const start of gaps) start.before(' ');
}

/**
 * The outermost node below `root` that `node` starts (or ends), climbing only
 * through inline elements; null when one of them is a block.
 */
function inlineEdge(node: ChildNode, root: Element, edge: 'firstChild' | 'lastChild'): ChildNode | null {
  let at: ChildNode = node;
  for (let parent = at.parentElement; parent && parent !== root && parent[edge] === at; parent = at.parentElement) {
    if (BLOCK_TAGS.has(parent.tagName.toUpperCase())) return null;
    at = parent;
  }
  return at;
}
