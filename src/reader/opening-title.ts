import { collapseWhitespace } from '../core/text/collapse-whitespace';

const normalized = (text: string): string => collapseWhitespace(text).toLowerCase();

/**
 * The view shows the article's title above its text; a text opening with the
 * same title (a page's h1, kept because it is part of the page's content) would
 * show it twice. Removes that opening heading from `body` (the article's
 * elements, in the view's document) when it says what the title says, site name aside.
 */
export function removeOpeningTitle(body: Element, title: string): void {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let first: Node | null = walker.nextNode();
  while (first && !first.nodeValue?.trim()) first = walker.nextNode();
  const heading = first?.parentElement?.closest('h1, h2');
  if (!heading || !body.contains(heading)) return;
  const text = normalized(heading.textContent ?? '');
  const wanted = normalized(title);
  // Most of the title: a section's heading ("Results") inside a longer title stays.
  const repeats = text.includes(wanted) || (wanted.includes(text) && text.length * 2 >= wanted.length);
  if (text && wanted && repeats) heading.remove();
}
