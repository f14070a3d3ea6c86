import { attributeValue, classAndId } from '../dom/attribute-value';

/**
 * The blocks of a content that its class or id words name (`word`: a classWord), but those holding the page's title
 * (h1): the parts small print, footers and alert boxes are told by. `byClassOnly` leaves ids out, where an id may
 * name the page's own section ("section-footer" holding its notes).
 */
export function namedBlocks(content: Element, word: RegExp, byClassOnly = false): Element[] {
  const names = byClassOnly ? (el: Element) => attributeValue(el, 'class') ?? '' : classAndId;
  return Array.from(content.querySelectorAll(byClassOnly ? '[class]' : '[class], [id]'))
    .filter((el) => word.test(names(el)) && !el.querySelector('h1'));
}
