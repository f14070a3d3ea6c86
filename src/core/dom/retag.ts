/** Puts an element of another tag, holding the same children, in the element's place. */
export function retag(el: Element, tagName: string): void {
  const replacement = el.ownerDocument.createElement(tagName);
  while (el.firstChild) replacement.appendChild(el.firstChild);
  el.replaceWith(replacement);
}
