const normalized = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The largest block around `later` that copies the block around `earlier`:
 * both are climbed together while their parents read the same and are two
 * different places of the page. Null when even the parents differ.
 */
function copiedBlock(earlier: Element, later: Element): Element | null {
  let a = earlier;
  let b = later;
  let copy: Element | null = null;
  for (let pa = a.parentElement, pb = b.parentElement; pa && pb; pa = a.parentElement, pb = b.parentElement) {
    if (pa === pb || pa.contains(pb) || pb.contains(pa) || normalized(pa) !== normalized(pb)) break;
    a = pa;
    b = pb;
    copy = pb;
  }
  return copy;
}

/**
 * Responsive layouts ship one copy of the content per screen size and hide
 * all but one with CSS, which a copy of the page cannot see. When two long
 * paragraphs read the same, the largest block around the later one that copies
 * the block around the earlier one goes: a reader wants the text once. A
 * paragraph repeated within one block (the same meal on two days) stays.
 */
export function removeRepeatedBlocks(paragraphs: Iterable<Element>, isRemoved: (el: Element) => boolean, remove: (el: Element) => void): void {
  const first = new Map<string, Element>();
  for (const p of paragraphs) {
    if (isRemoved(p)) continue;
    const text = normalized(p);
    const earlier = first.get(text);
    if (!earlier || isRemoved(earlier)) { first.set(text, p); continue; }
    const copy = copiedBlock(earlier, p);
    if (copy) remove(copy);
  }
}
