import { classWord } from '../dom/attribute-value';
import { namedBlocks } from './named-blocks';

// Class or id words of a page's footer. When a product page's content is a
// block as wide as the page, the shop's footer (customer service, sign-up,
// consumer notices) comes with it, named so though it is no <footer> element.
const FOOTER = classWord('footer');

/**
 * Removes footer-named blocks from a product page's chosen content; a block
 * holding the page's title (h1) stays. Run on the content, not the working
 * copy: there, such blocks weigh in the choice of the block.
 */
export function removeFooterBlocks(content: Element): void {
  for (const el of namedBlocks(content, FOOTER)) el.remove();
}
