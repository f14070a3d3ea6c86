import { collapsedTrimmedLength } from '../text/collapsed-length';

/**
 * Whether an element holds an element of this tag. A Node DOM (linkedom)
 * compiles a selector on every querySelector call, which costs more than
 * walking a block's elements; getElementsByTagName compiles nothing.
 * Template content counts here (querySelector skips it): callers read working copies, where templates are gone.
 */
export function holdsTag(el: Element, tag: string): boolean {
  return el.getElementsByTagName(tag).length > 0;
}

/** Whether an element holds a paragraph right after another (CSS `p + p`): more than one line of prose. */
export function holdsParagraphs(el: Element): boolean {
  for (const p of Array.from(el.getElementsByTagName('p'))) if (p.previousElementSibling?.localName === 'p') return true;
  return false;
}

/** Whether an element holds a paragraph of at least this many characters (whitespace runs counted as one). */
export function holdsParagraphOf(el: Element, minChars: number): boolean {
  for (const p of Array.from(el.getElementsByTagName('p'))) if (collapsedTrimmedLength(p.textContent ?? '') >= minChars) return true;
  return false;
}
