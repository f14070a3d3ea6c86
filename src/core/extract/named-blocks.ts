import { classAndId } from '../dom/attribute-value';

/**
 * The blocks of a product page's content that its class or id words name (`word`: a classWord), but those holding
 * the page's title (h1): the parts small print, footers and alert boxes are told by.
 */
export function namedBlocks(content: Element, word: RegExp): Element[] {
  return Array.from(content.querySelectorAll('[class], [id]')).filter((el) => word.test(classAndId(el)) && !el.querySelector('h1'));
}
