const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Where an element's text (its `textContent`) lies in the text of the root it was walked under. */
export interface TextSpan {
  el: Element;
  start: number;
  end: number;
}

export interface WalkedText {
  /** The root's `textContent`. */
  text: string;
  /** Spans of the elements `visit` asked for, in document order of their start. */
  spans: TextSpan[];
}

/**
 * Visits every element under `root` in document order (as `querySelectorAll('*')` lists them) and reads the root's text
 * in the same walk. `visit` returns true for the elements whose text it needs:
 * their texts are slices of the root's (`text.slice(start, end)`), where reading
 * `textContent` on each would walk the shared parts of the tree again.
 * Iterative: a deep page cannot exhaust the stack.
 */
export function walkWithText(root: Element, visit: (el: Element) => boolean): WalkedText {
  const parts: string[] = [];
  const spans: TextSpan[] = [];
  const open: TextSpan[] = [];
  let length = 0;
  // A template's children are its inert content, not elements of the page: they are
  // not visited (as querySelectorAll skips them), but their text stays in the
  // root's, as in `textContent` (a browser's template holds no children at all).
  let template: Node | null = null;
  const leave = (el: Node): void => {
    if (el === template) template = null;
    if (open.length && open[open.length - 1]!.el === el) open.pop()!.end = length;
  };
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (!template) {
        if (visit(el)) {
          const span = { el, start: length, end: length };
          spans.push(span);
          open.push(span);
        }
        if (el.localName === 'template') template = el;
      }
      const first = el.firstChild;
      if (first) { node = first; continue; }
      leave(el);
    } else if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const data = (node as CharacterData).data;
      parts.push(data);
      length += data.length;
    }
    let next: Node | null = node.nextSibling;
    while (!next) {
      const parent: Node | null = node.parentNode;
      if (!parent || parent === root) break;
      leave(parent);
      node = parent;
      next = node.nextSibling;
    }
    node = next;
  }
  return { text: parts.join(''), spans };
}
