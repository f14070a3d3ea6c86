import { collapsedTrimmedLength } from '../text/collapsed-length';

/** The characters of the element's text that are inside links. */
export function linkedChars(el: Element): number {
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += collapsedTrimmedLength(a.textContent ?? '');
  return linked;
}
