import { textNodes } from '../dom/text-nodes';
import { BLOCK_TAGS } from '../text/html-to-text';
import { collapseWhitespace } from '../text/collapse-whitespace';

// Longer than any label: a line this long is not read against the patterns.
const MAX_LABEL = 60;

/** The nearest block around a node, below root: what the text shows on one line. */
export function lineOf(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) return el === root ? null : el;
    if (el === root) return null;
  }
  return null;
}

/**
 * Removes from content the short lines (blocks, up to `maxChars`) that `isLabel` says are a
 * label, given their text. A label on a line with other text stays.
 */
export function removeLabelLines(content: Element, isLabel: (text: string, line: Element) => boolean, maxChars = MAX_LABEL): void {
  const seen = new Set<Element>();
  const labels: Element[] = [];
  for (const node of textNodes(content)) {
    const value = node.nodeValue ?? '';
    if (value.length > maxChars * 4 || !value.trim()) continue;
    const line = lineOf(node, content);
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const text = collapseWhitespace(line.textContent ?? '');
    if (text.length <= maxChars && isLabel(text, line)) labels.push(line);
  }
  for (const el of labels) el.remove();
}
