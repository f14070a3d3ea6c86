import { collapsedTrimmedLength } from '../text/collapsed-length';

/** The characters of the element's text that are inside links. */
export function linkedChars(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += collapsedTrimmedLength(a.textContent ?? '');
  return linked;
}

/**
 * The characters inside the element's links when it holds at least `min` links
 * and every one passes `test` (a list of in-page anchors, of tag links); else null.
 */
export function linkedCharsIfAll(el: Element, test: (a: Element) => boolean, min: number): number | null {
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length < min) return null;
  let linked = 0;
  for (const a of links) {
    if (!test(a)) return null;
    linked += collapsedTrimmedLength(a.textContent ?? '');
  }
  return linked;
}
