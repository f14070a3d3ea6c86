/** The children of the two nodes' lowest common ancestor that hold each of them, or null when one holds the other. */
export function splitPoint(a: Element, b: Element): [Element, Element] | null {
  const above = new Map<Element, Element>();
  for (let node: Element = a; node.parentElement; node = node.parentElement) above.set(node.parentElement, node);
  for (let node: Element = b; node.parentElement; node = node.parentElement) {
    const fromA = above.get(node.parentElement);
    if (fromA) return fromA === node ? null : [fromA, node];
  }
  return null;
}
