/** The parents of the elements `selector` finds under root, each once, in document order of the first child found. */
export function parentsOf(root: Element, selector: string): Element[] {
  const parents = new Set<Element>();
  for (const el of Array.from(root.querySelectorAll(selector))) if (el.parentElement) parents.add(el.parentElement);
  return [...parents];
}
