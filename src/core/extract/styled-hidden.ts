// A block the page's own style attribute hides: a sign-up form or a modal waiting for a click. Readability
// skips it; the plain-text container must not settle in it either.
const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** The outermost element from el up to root (root excluded) carrying an inline `display: none`, or null. */
export function styledHiddenHolder(el: Element, root: Element): Element | null {
  let holder: Element | null = null;
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    const style = node.getAttribute('style');
    if (style && DISPLAY_NONE.test(style)) holder = node;
  }
  return holder;
}
