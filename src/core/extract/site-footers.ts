import { classWord, tagAndClass } from '../dom/attribute-value';
import { namedBlocks } from './named-blocks';

// Class word of a footer. A block as wide as the page brings the site's footer
// (menus, sign-up, legal lines) into the content of a page that is not an
// article, named so though it is often no <footer> element. By class only: an
// id such as "section-footer" may name the page's own last section (its notes).
const FOOTER = classWord('footer');

/**
 * Removes the footer-named blocks and <footer> elements of a chosen content (pruning keeps a <footer> holding
 * long paragraphs: a brand's story, its rewards' terms), but the footers of its items: blocks of one tag and class
 * printed more than once (a card's author and date, a feature's "Learn more") belong to what they close. A block
 * holding the page's title (h1) stays.
 */
export function removeSiteFooters(content: Element): void {
  const footerElements = Array.from(content.querySelectorAll('footer')).filter((el) => !el.querySelector('h1'));
  // A <footer class="footer"> is found both ways: counted once.
  const footers = [...new Set([...namedBlocks(content, FOOTER, true), ...footerElements])];
  const shapes = footers.map(tagAndClass);
  const counts = new Map<string, number>();
  for (const shape of shapes) counts.set(shape, (counts.get(shape) ?? 0) + 1);
  footers.forEach((el, i) => { if (counts.get(shapes[i]!) === 1) el.remove(); });
}
