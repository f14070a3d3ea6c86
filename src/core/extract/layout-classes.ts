import { attributeValue } from '../dom/attribute-value';

// Utility class names holding "hidden" that hide nothing on a wide screen: clipping ("overflow-hidden",
// "sm:overflow-x-hidden"), hiding when printed or on phones only (Bootstrap's "hidden-print", "hidden-xs").
// And those holding "scroll" that only set how a block scrolls ("overflow-x-scroll", "scrollbar-hide",
// "scroll-smooth", Tailwind's "scroll-mt-16"): a carousel's or a page's, not a scroller of chrome.
// And a content node's state modifier holding "promo" (Drupal's "node--promoted": promoted to the front page).
// And type utilities holding "extra", for which Readability drops a heading unread ("font-extrabold", "leading-extra-tight").
const LAYOUT_NAME = /^(?:[\w-]+:)*(?:font-extra(?:bold|light)|(?:leading|tracking)-extra-[\w-]+|[\w-]+--promoted|overflow(?:-[xy])?-(?:hidden|scroll)|hidden-(?:print|xs|sm)|scrollbar-(?:hide|none)|no-scrollbar|scroll-(?:smooth|auto|[mp][trblxyse]?-[\w.[\]-]+))$/;
const LAYOUT_WORD = /hidden|scroll|promoted|extra/;

/**
 * Takes those names off the copy's elements: Readability weighs any name holding
 * "hidden", "scroll" or "promo" as chrome, scores the block down and drops it from its article when it
 * has few commas (a card grid clipped by "overflow-hidden", an accordion's panel), and drops
 * one holding "extra" unread.
 * In a working copy (the sanitizer drops classes anyway). `elements`: the copy's
 * elements, as a walk already made lists them.
 */
export function unmarkLayoutClasses(elements: Iterable<Element>): void {
  for (const el of elements) {
    const names = attributeValue(el, 'class');
    if (!names || !LAYOUT_WORD.test(names)) continue;
    const tokens = names.split(/\s+/);
    const kept = tokens.filter((token) => !LAYOUT_NAME.test(token));
    if (kept.length !== tokens.length) el.setAttribute('class', kept.join(' '));
  }
}
