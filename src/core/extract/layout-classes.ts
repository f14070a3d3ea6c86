import { attributeValue } from '../dom/attribute-value';

// Utility class names holding "hidden" that hide nothing on a wide screen: clipping ("overflow-hidden",
// "sm:overflow-x-hidden"), hiding when printed or on phones only (Bootstrap's "hidden-print", "hidden-xs").
const LAYOUT_HIDDEN = /^(?:[\w-]+:)*(?:overflow(?:-[xy])?-hidden|hidden-(?:print|xs|sm))$/;

/**
 * Takes those names off the copy's elements: Readability weighs any name holding
 * "hidden" as chrome, scores the block down and drops it from its article when it
 * has few commas (a card grid clipped by "overflow-hidden", an accordion's panel).
 * In a working copy (the sanitizer drops classes anyway). `elements`: the copy's
 * elements, as a walk already made lists them.
 */
export function unmarkLayoutClasses(elements: Iterable<Element>): void {
  for (const el of elements) {
    const names = attributeValue(el, 'class');
    if (!names?.includes('hidden')) continue;
    const tokens = names.split(/\s+/);
    const kept = tokens.filter((token) => !LAYOUT_HIDDEN.test(token));
    if (kept.length !== tokens.length) el.setAttribute('class', kept.join(' '));
  }
}
