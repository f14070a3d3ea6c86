import { classAndId } from '../dom/attribute-value';
import { holdsTag } from '../dom/holds-tag';
import type { TextWeight } from './main-container';
import { NEGATIVE, POSITIVE } from './readability-names';

// Readability drops a block named with a POSITIVE word for its links only past half its text in links ("High
// weight and mostly links"), one with neither kind of word past a fifth ("Low weight and a little linky"); one
// with a NEGATIVE word is dropped anyway, and is left so.
const LITTLE_LINKY = 0.2;
const MOSTLY_LINKS = 0.5;
// Text outside links of a line or more: a card's description, not a menu's labels.
const MIN_PLAIN = 40;
// A card has its title: a heading.
const HEADINGS = ['h2', 'h3', 'h4'];

/**
 * The cards of a service page, a listing's items and their grid (a linked
 * heading, a line of text, a "Learn more") are text with links, not link lists:
 * Readability drops them for a fifth of their text in links. Inside the page's
 * main container, names such a block with a positive word in the working copy
 * (the sanitizer drops classes anyway), so that only a block mostly of links goes.
 * Readability also scores a block by that word: kept to the container, the rest
 * of the page is not raised. `weights`: the copy's text measures, as a walk already made them.
 */
export function markLinkedCards(container: Element, weights: Map<Element, TextWeight>): void {
  const found: Element[] = [];
  for (const [el, weight] of weights) {
    if (el.tagName !== 'DIV' || weight.plainChars < MIN_PLAIN) continue;
    const links = 1 - weight.plainChars / weight.chars;
    if (links <= LITTLE_LINKY || links > MOSTLY_LINKS) continue;
    const names = classAndId(el);
    if (POSITIVE.test(names) || NEGATIVE.test(names) || !container.contains(el)) continue;
    if (HEADINGS.some((tag) => holdsTag(el, tag))) found.push(el);
  }
  for (const el of found) el.classList.add('text');
}
