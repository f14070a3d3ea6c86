import { attributeValue } from '../dom/attribute-value';
import { collapseWhitespace } from '../text/collapse-whitespace';

// Shops print a tile's price, rating or count for the eye and hide it from screen readers
// (aria-hidden="true"), which hear it from a label instead (a link's aria-label, "Rated 4.9 out of 5").
// A short text holding a figure, inside a card: a price, "4.7 out of 5 stars", "58,483".
const MAX_FIGURE_CHARS = 40;
const HAS_DIGIT = /\d/;
// The tile around it, up to this many levels and this much text: where a spoken twin of the figure would be.
const CARD_LEVELS = 3;
const MAX_CARD_CHARS = 400;
// Elements that hold text; the others hidden so (buttons, menus, icons) are never content anyway.
const TEXT_TAGS = new Set(['SPAN', 'P', 'DIV', 'I', 'B', 'EM', 'STRONG', 'SMALL', 'S', 'DEL', 'INS', 'SUP', 'SUB', 'BDI', 'DATA']);

const digitsOf = (text: string): string => text.replace(/\D/g, '');

/**
 * A figure of an item shown on the page but hidden from screen readers, with
 * no twin in its card said in text (the same digits again, a screen-reader
 * copy beside it): the only copy of the figure on the page, content.
 */
export function isShownFigure(el: Element): boolean {
  if (attributeValue(el, 'aria-hidden') !== 'true' || !TEXT_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.hasAttribute('role')) return false;
  const text = collapseWhitespace(el.textContent ?? '');
  if (text.length > MAX_FIGURE_CHARS || !HAS_DIGIT.test(text)) return false;
  const digits = digitsOf(text);
  let card = el.parentElement;
  for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
    const around = card.textContent ?? '';
    // Not in a card: a counter or a date among the page's chrome.
    if (around.length > MAX_CARD_CHARS * 2 && collapseWhitespace(around).length > MAX_CARD_CHARS) return false;
    if (digitsOf(around).replace(digits, '').includes(digits)) return false;
  }
  return true;
}
