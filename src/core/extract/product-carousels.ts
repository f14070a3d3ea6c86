import { collapsedTrimmedLength } from '../text/collapsed-length';
import { textNodes } from '../dom/text-nodes';

// Currency signs, and the codes printed before an amount and after one.
const SIGNS = '[$€£¥₹₩₽]';
const CODES_BEFORE = 'USD|EUR|GBP|CAD|AUD|NZD|CHF|JPY|INR|SEK|NOK|DKK|PLN|CZK|BRL|MXN|kr|zł|Kč|Rs\\.?';
const CODES_AFTER = 'USD|EUR|GBP|CHF|SEK|NOK|DKK|PLN|CZK|kr|zł|Kč';
// A price: a currency sign or code next to a number, before or after it.
const PRICE = new RegExp(`(?:${SIGNS}|\\b(?:${CODES_BEFORE})\\s?)\\s?\\d|\\d(?:[\\d.,'\\s]*\\d)?\\s?(?:${SIGNS}|\\b(?:${CODES_AFTER})\\b)`);
// Cards of other products: at least this many sibling blocks with a price and a
// link (an anchor without href is a scripted one).
const MIN_CARDS = 3;
// A card is a name, a price and a few labels, not a description.
const MAX_CARD_CHARS = 400;
// The heading and controls around a carousel ("You may also like", arrows).
const MAX_CAROUSEL_FRAME = 200;

// A currency sign or code alone in its element: shop templates (WooCommerce's
// "currencySymbol") print it apart from the amount beside it.
const CURRENCY_ALONE = new RegExp(`^\\s*(?:${SIGNS}|${CODES_BEFORE})\\s*$`);
// An amount's element is short: a sign, a number, perhaps "From" or a unit.
const MAX_AMOUNT_CHARS = 40;

const textLength = (el: Element): number => collapsedTrimmedLength(el.textContent ?? '');

/** Whether the element, or a short card around it, holds a price: a product's name and price, not a menu. */
export function holdsPrice(el: Element): boolean {
  if (PRICE.test(el.textContent ?? '')) return true;
  for (let card = el.parentElement; card && textLength(card) <= MAX_CARD_CHARS; card = card.parentElement) {
    if (PRICE.test(card.textContent ?? '')) return true;
  }
  return false;
}

/** The nearest element around a lone currency sign whose short text reads as a price. */
function amountAround(sign: Element, body: Element): Element | null {
  for (let el: Element | null = sign; el && el !== body; el = el.parentElement) {
    if (textLength(el) > MAX_AMOUNT_CHARS) return null;
    if (PRICE.test(el.textContent ?? '')) return el;
  }
  return null;
}

/** The elements holding a price as text, a split one (sign and amount in separate elements) included. */
function priceHolders(body: Element): Element[] {
  const holders: Element[] = [];
  for (const node of textNodes(body)) {
    const parent = node.parentElement;
    const text = node.nodeValue ?? '';
    if (!parent) continue;
    if (PRICE.test(text)) holders.push(parent);
    else if (CURRENCY_ALONE.test(text)) {
      const amount = amountAround(parent, body);
      if (amount) holders.push(amount);
    }
  }
  return holders;
}

/** For each element, its children that hold a price somewhere inside. */
function childrenWithPrices(body: Element, holders: Element[]): Map<Element, Set<Element>> {
  const found = new Map<Element, Set<Element>>();
  for (const holder of holders) {
    for (let child: Element | null = holder; child && child !== body; child = child.parentElement) {
      const parent = child.parentElement;
      if (!parent) break;
      let set = found.get(parent);
      if (!set) found.set(parent, set = new Set());
      // An ancestor already counted this child for an earlier price: the rest of the way is counted too.
      if (set.has(child)) break;
      set.add(child);
    }
  }
  return found;
}

/** A block of short cards, each with a price and a link, scripted or not: other products on offer. */
function isCardList(cards: Set<Element>): boolean {
  let linked = 0;
  for (const card of cards) {
    if (textLength(card) > MAX_CARD_CHARS) return false;
    if (card.tagName === 'A' || card.querySelector('a')) linked++;
  }
  return linked >= MIN_CARDS;
}

/** The list with the heading and controls that frame it, short of anything more. */
function framedCarousel(list: Element, body: Element): Element {
  const chars = textLength(list);
  let block = list;
  for (let parent = list.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (textLength(parent) > chars + MAX_CAROUSEL_FRAME || parent.querySelector('h1')) break;
    block = parent;
  }
  return block;
}

/**
 * Removes, from a product's page, the carousels of other products ("you may
 * also like", "customers also viewed", sponsored items): lists of short cards
 * that each hold a price and a link. The block holding the page's title (h1)
 * stays. A page with no price of its own (outside them and links) is a
 * listing that calls itself a product: its lists all stay.
 */
export function removeProductCarousels(body: Element): void {
  const holders = priceHolders(body);
  const carousels: Element[] = [];
  for (const [list, cards] of childrenWithPrices(body, holders)) {
    if (cards.size < MIN_CARDS || list.querySelector('h1') || !isCardList(cards)) continue;
    const block = framedCarousel(list, body);
    // Nested lists: the outermost block is the carousel.
    if (carousels.some((outer) => outer.contains(block))) continue;
    for (let i = carousels.length - 1; i >= 0; i--) if (block.contains(carousels[i]!)) carousels.splice(i, 1);
    carousels.push(block);
  }
  // The product's own price, outside them and not a link (a banner's offer is one).
  if (!holders.some((holder) => !holder.closest('a') && !carousels.some((block) => block.contains(holder)))) return;
  for (const block of carousels) block.remove();
}
