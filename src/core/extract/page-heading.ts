import { collapseWhitespace } from '../text/collapse-whitespace';

/**
 * The page's only <h1>, as a title for a page that declares none (no <title>,
 * no metadata) and whose content Readability did not read: a thread read post
 * by post, or a page too large for it. Several h1s name sections, not the page.
 */
export function pageHeading(doc: Document): string {
  const h1s = doc.getElementsByTagName('h1');
  return h1s.length === 1 ? collapseWhitespace(h1s[0]!.textContent ?? '') : '';
}
