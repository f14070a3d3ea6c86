/** Visibility as the consent fixtures judge it: rendered, not transparent, at least 2×2 px. */
export function isVisible(el: Element): boolean {
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  if (!rendered(el, win)) return false;
  // An element inside an iframe is only seen if the iframe is.
  const frame = frameElementOf(win);
  return frame ? isVisible(frame) : true;
}

function rendered(el: Element, win: Window): boolean {
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  }
  // Engines without checkVisibility (jsdom): walk the flat tree.
  const style = win.getComputedStyle(el);
  if (style.visibility === 'hidden' || style.opacity === '0') return false;
  for (let node: Element | null = el; node; node = parentInFlatTree(node)) {
    if (win.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function parentInFlatTree(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

function frameElementOf(win: Window): Element | null {
  try {
    return win.frameElement;
  } catch {
    return null;
  }
}

/** The part of the viewport an element covers, in [0, 1]. */
export function viewportShare(rect: DOMRect, win: Window): number {
  const w = Math.max(0, Math.min(rect.right, win.innerWidth) - Math.max(rect.left, 0));
  const h = Math.max(0, Math.min(rect.bottom, win.innerHeight) - Math.max(rect.top, 0));
  return (w * h) / Math.max(1, win.innerWidth * win.innerHeight);
}
