import { frameDocument } from './select';
import { collapseWhitespace } from '../text/collapse-whitespace';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * Text of an element including its open shadow roots and same-origin iframes,
 * cut at `limit` characters (callers only need to know "short" or "long").
 */
export function deepText(el: Element, limit = 6000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    if (length > limit) return;
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      parts.push(text);
      length += text.length;
      return;
    }
    if (node.nodeType !== 1) {
      node.childNodes.forEach(visit);
      return;
    }
    const element = node as Element;
    if (SKIPPED.has(element.localName)) return;
    if (element.shadowRoot) visit(element.shadowRoot);
    const inner = frameDocument(element);
    if (inner?.body) visit(inner.body);
    element.childNodes.forEach(visit);
  };
  visit(el);
  return collapseWhitespace(parts.join(' '));
}

/** Elements matching `selector` in an element's subtree, its open shadow roots and same-origin iframes. */
export function deepQueryAll(el: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (nodes: Element[]): void => {
    for (const node of nodes) {
      if (node.matches(selector)) found.push(node);
      if (node.shadowRoot) visit(Array.from(node.shadowRoot.querySelectorAll('*')));
      const inner = frameDocument(node);
      if (inner) visit(Array.from(inner.querySelectorAll('*')));
    }
  };
  visit([el, ...Array.from(el.querySelectorAll('*'))]);
  return found;
}
