/** The nodes after `el` inside `root`, in document order: its next siblings, then each ancestor's below `root`. */
export function nodesAfter(el: Element, root: Element): Node[] {
  const nodes: Node[] = [];
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    for (let next = node.nextSibling; next; next = next.nextSibling) nodes.push(next);
  }
  return nodes;
}
