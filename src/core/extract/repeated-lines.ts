import { textNodes } from '../dom/text-nodes';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { lineOf } from './label-lines';

// On pages other than a product's, only a short line (a name, a label) said
// twice in a row is a copy: a caption or a reference said twice is the page's own.
export const SHORT_LINE_CHARS = 80;

/** Where the line's links lead: two lines saying the same but linking to different pages name two items. */
function linkTargets(line: Element): string {
  const links = line.tagName === 'A' ? [line] : Array.from(line.getElementsByTagName('a'));
  const own = line.closest('a');
  if (own && own !== line) links.push(own);
  return links.map((a) => a.getAttribute('href') ?? '').join(' ');
}

/**
 * Removes from a non-article's content a line that says again what the line
 * just before it says: a name printed twice (a card's front and its back, a
 * title and its caption for another screen size, an author's name above and
 * inside a teaser). Lines longer than `maxChars`, lines linking elsewhere than
 * the line before, lines in code or tables, and the page's title (h1) stay.
 */
export function removeRepeatedLines(content: Element, maxChars = Infinity): void {
  const seen = new Set<Element>();
  const repeats: Element[] = [];
  let previous = '';
  for (const node of textNodes(content)) {
    if (!(node.nodeValue ?? '').trim()) continue;
    const line = lineOf(node, content);
    if (!line || seen.has(line)) continue;
    seen.add(line);
    const text = collapseWhitespace(line.textContent ?? '');
    const said = `${text}\n${linkTargets(line)}`;
    if (said === previous && text.length <= maxChars && !line.closest('pre, code, table') && !line.querySelector('h1') && line.tagName !== 'H1') repeats.push(line);
    previous = said;
  }
  for (const el of repeats) el.remove();
}
