import { collapseWhitespace } from '../text/collapse-whitespace';

// "Skip to content": a link for keyboard users past the menus to the text, which a reader has already.
const SKIP_LINK = /^(skip|jump) to (the )?(main )?(content|navigation|main|page)$|^skip navigation$/i;
const MAX_SKIP_LINK = 40;

/** Removes the in-page links that skip past a page's menus. */
export function removeSkipLinks(content: Element): void {
  for (const link of Array.from(content.querySelectorAll('a[href^="#"]'))) {
    const text = collapseWhitespace(link.textContent ?? '');
    if (text.length <= MAX_SKIP_LINK && SKIP_LINK.test(text)) link.remove();
  }
}
