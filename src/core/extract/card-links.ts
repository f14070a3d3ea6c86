import { unwrap } from '../dom/unwrap';
import { measureText, type TextWeight } from './main-container';

// Link text of this length is a description, not a label: a menu's or a button's links are shorter.
const MIN_DESCRIPTION_LINK = 80;

/** Whether another link of the block holding this one goes where it goes (the teaser's title). */
function repeatsLink(link: Element, href: string): boolean {
  for (let block = link.parentElement; block; block = block.parentElement) {
    const links = block.getElementsByTagName('a');
    if (links.length > 1) return Array.from(links).some((other) => other !== link && other.getAttribute('href') === href);
  }
  return false;
}

/**
 * A teaser's description made a second link to its story, beside the linked
 * title, reads to Readability as link text: it drops the teaser for a fifth of
 * its text in links. Inside the page's main container, takes such a link off
 * the description in the working copy (the title keeps it), and updates
 * `weights` (the copy's text measures) for the blocks around.
 */
export function unlinkTeaserText(container: Element, weights: Map<Element, TextWeight>): void {
  const links: Element[] = [];
  for (const [el, weight] of weights) {
    if (el.tagName !== 'A' || weight.chars < MIN_DESCRIPTION_LINK || !container.contains(el)) continue;
    const href = el.getAttribute('href');
    if (href && repeatsLink(el, href)) links.push(el);
  }
  for (const link of links) {
    const parent = link.parentElement;
    if (!parent) continue;
    const chars = weights.get(link)?.chars ?? 0;
    const children = Array.from(link.children);
    unwrap(link);
    for (const child of children) for (const [el, weight] of measureText(child)) weights.set(el, weight);
    for (let el: Element | null = parent; el; el = el.parentElement) {
      const weight = weights.get(el);
      if (weight) weights.set(el, { chars: weight.chars, plainChars: weight.plainChars + chars });
    }
  }
}
