import { collapseWhitespace } from '../text/collapse-whitespace';
import { splitPoint } from '../dom/split-point';

const normalized = (el: Element): string => collapseWhitespace(el.textContent ?? '');

/**
 * Responsive layouts ship one copy of the content per screen size and hide
 * all but one with CSS, which a copy of the page cannot see. When two long
 * paragraphs read the same, the two sibling blocks that hold them are compared
 * and the later one goes if it is the same text: a reader wants the text once.
 */
export function removeRepeatedBlocks(paragraphs: Iterable<Element>, isRemoved: (el: Element) => boolean, remove: (el: Element) => void): void {
  const first = new Map<string, Element>();
  // A block is compared once per repeat inside it: its text is read only once.
  const texts = new Map<Element, string>();
  const textOf = (el: Element): string => {
    let text = texts.get(el);
    if (text === undefined) texts.set(el, (text = normalized(el)));
    return text;
  };
  for (const p of paragraphs) {
    if (isRemoved(p)) continue;
    const text = normalized(p);
    const earlier = first.get(text);
    if (!earlier) { first.set(text, p); continue; }
    if (isRemoved(earlier)) { first.set(text, p); continue; }
    const blocks = splitPoint(earlier, p);
    // A paragraph twice in one parent is the text repeating itself (the same meal on two days): only copied wrappers go.
    if (blocks && blocks[1] !== p && textOf(blocks[0]) === textOf(blocks[1])) remove(blocks[1]);
  }
}
