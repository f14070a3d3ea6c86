import { collapseWhitespace } from '../text/collapse-whitespace';

// Shop templates print some blocks twice or more (the product's details for
// phones and for desktops, a card and its hover copy), and CSS shows only one;
// a copy of the page sees them all. A block shorter than this may repeat for
// real (the same condition under each offer).
const MIN_COPY_CHARS = 100;

/** True when at least two of the element's children hold text: a card or a section, not a single paragraph. */
function holdsLines(el: Element): boolean {
  let lines = 0;
  for (const child of Array.from(el.children)) if ((child.textContent ?? '').trim() && ++lines === 2) return true;
  return false;
}

/**
 * Removes each block whose text is the same as a block before it, so every
 * copied block is read once. A single paragraph said twice in one parent stays
 * (the text repeating itself on purpose). Blocks are compared outermost first:
 * a copied section goes whole, not line by line.
 */
export function removeCopiedBlocks(root: Element): void {
  const first = new Map<string, Element>();
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const text = collapseWhitespace(child.textContent ?? '');
      // Its children are shorter still.
      if (text.length < MIN_COPY_CHARS) continue;
      const earlier = first.get(text);
      if (earlier && !earlier.contains(child) && (holdsLines(child) || earlier.parentElement !== child.parentElement) && !child.querySelector('h1')) {
        child.remove();
        continue;
      }
      if (!earlier) first.set(text, child);
      visit(child);
    }
  };
  visit(root);
}
