import { textNodes } from '../dom/text-nodes';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { lineOf } from './label-lines';

/**
 * Removes from a product page's content a line that says again what the line
 * just before it says: a name printed twice (a card's front and its back, a
 * title and its caption for another screen size). Lines in code or tables,
 * and the page's title (h1), stay.
 */
export function removeRepeatedLines(content: Element): void {
  const seen = new Set<Element>();
  const repeats: Element[] = [];
  let previous = '';
  for (const node of textNodes(content)) {
    if (!(node.nodeValue ?? '').trim()) continue;
    const line = lineOf(node, content);
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const text = collapseWhitespace(line.textContent ?? '');
    if (text === previous && !line.closest('pre, code, table') && !line.querySelector('h1') && line.tagName !== 'H1') repeats.push(line);
    previous = text;
  }
  for (const el of repeats) el.remove();
}
