import { deepQueryAll, deepText } from './deep';
import { isChoiceLabel, isConsentText } from './labels';
import { CMP_FRAME_PATTERN } from './rules';
import { frameDocument, labelOf } from './select';
import { isVisible, viewportShare } from './visibility';

/*
 * Prompts no rule knows: a fixed or sticky element covering much of the viewport,
 * docked at an edge, or a modal box on a backdrop, whose text is about cookies or
 * consent. Hidden, never clicked.
 */

const EDGE_PX = 48;
const MAX_PROMPT_TEXT = 5000;
/** Never touched: the article, forms people type into, the reader view itself. */
const PROTECTED = 'article, main, [role=main], [data-reader-root], input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([type=submit]), textarea, select';
const CONTROLS = 'button, a, [role=button], [role=switch], input[type=button], input[type=submit]';

function isOverlayBox(el: Element, win: Window): boolean {
  const position = win.getComputedStyle(el).position;
  if (position !== 'fixed' && position !== 'sticky') return false;
  const rect = el.getBoundingClientRect();
  const share = viewportShare(rect, win);
  if (share >= 0.25) return true;
  const docked = rect.top <= EDGE_PX || rect.left <= EDGE_PX
    || win.innerHeight - rect.bottom <= EDGE_PX || win.innerWidth - rect.right <= EDGE_PX;
  if (docked) return share >= 0.015;
  // A small centred box is a prompt when it says it is modal or sits on a backdrop.
  return share >= 0.03 && (el.matches('[aria-modal=true], [role=dialog], [role=alertdialog], dialog') || hasBackdropSibling(el, win));
}

function hasBackdropSibling(el: Element, win: Window): boolean {
  const parent = el.parentNode;
  return parent !== null && Array.from(parent.children).some((sibling) => sibling !== el && isBackdrop(sibling, win));
}

function isProtected(el: Element): boolean {
  return el.matches(PROTECTED) || el.querySelector(PROTECTED) !== null;
}

/** True when a fixed/sticky overlay reads as a consent prompt and is safe to hide. */
export function isConsentOverlay(el: Element, win: Window): boolean {
  if (!isOverlayBox(el, win) || !isVisible(el) || isProtected(el)) return false;
  const text = deepText(el, MAX_PROMPT_TEXT);
  if (text.length < 40 || text.length > MAX_PROMPT_TEXT) return false;
  // A prompt asks for a choice: overlays without any control are left alone.
  const controls = deepQueryAll(el, CONTROLS);
  if (controls.length === 0) return false;
  return isConsentText(text, controls.some((control) => isChoiceLabel(labelOf(control))));
}

/** Consent overlays in `roots` (and their subtrees), outermost first. */
export function findConsentOverlays(win: Window, roots: Iterable<Element>, skip: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  for (const root of roots) {
    const candidates = [root, ...Array.from(root.getElementsByTagName('*'))];
    for (const el of candidates) {
      if (skip(el) || found.some((outer) => outer.contains(el))) continue;
      if (isConsentOverlay(el, win)) found.push(el);
      else if (el.shadowRoot) found.push(...overlaysInShadow(el, el.shadowRoot, win));
    }
  }
  return found;
}

/**
 * Prompts rendered in an open shadow root: the host goes when it holds nothing
 * else (backdrop included), else only the prompt (the host may be a whole app).
 */
function overlaysInShadow(host: Element, root: ShadowRoot, win: Window): Element[] {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!isConsentOverlay(el, win)) continue;
    return [deepText(host).length <= deepText(el).length + 200 ? host : el];
  }
  return [];
}

/** Iframes of a CMP whose content cannot be reached, with the box that holds them. */
export function findCmpFrames(win: Window, skip: (el: Element) => boolean): Element[] {
  const doc = win.document;
  const found: Element[] = [];
  for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
    // A readable frame with content is the rules' or the fallback's business; a cross-origin
    // one shows null, or its initial empty document while it loads.
    if (skip(frame) || (frameDocument(frame)?.body?.childElementCount ?? 0) > 0) continue;
    const names = [frameLocation(frame), ...['id', 'name', 'title', 'class'].map((attr) => frame.getAttribute(attr) ?? '')].join(' ');
    if (!CMP_FRAME_PATTERN.test(names) || !isVisible(frame) || !isOverlaid(frame, win)) continue;
    found.push(outermostWrapper(frame, doc));
  }
  return found;
}

/** Host and path of a frame's source: query strings of ordinary embeds mention cookies too. */
function frameLocation(frame: Element): string {
  const src = frame.getAttribute('src') ?? '';
  try {
    const url = new URL(src, frame.ownerDocument.baseURI);
    return url.host + url.pathname;
  } catch {
    return src;
  }
}

/** CMP frames float over the page: the frame or an ancestor is fixed or sticky. */
function isOverlaid(frame: Element, win: Window): boolean {
  for (let el: Element | null = frame; el && el !== win.document.body; el = el.parentElement) {
    const position = win.getComputedStyle(el).position;
    if (position === 'fixed' || position === 'sticky') return true;
  }
  return false;
}

/** Climbs from an iframe through ancestors that hold nothing but it. */
function outermostWrapper(frame: Element, doc: Document): Element {
  let target = frame;
  for (let parent = frame.parentElement; parent && parent !== doc.body && parent !== doc.documentElement; parent = parent.parentElement) {
    if ((parent.textContent ?? '').trim() !== '' || parent.querySelectorAll('iframe, img, video').length > 1) break;
    target = parent;
  }
  return target;
}

/**
 * Empty full-viewport layers next to a hidden prompt: the backdrops and underlays
 * that would otherwise keep blocking the page.
 */
export function findBackdrops(prompt: Element, win: Window): Element[] {
  const doc = win.document;
  const found: Element[] = [];
  for (let node: Element | null = prompt; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
    const siblings: Element[] = node.parentElement ? Array.from(node.parentElement.children) : [];
    for (const sibling of siblings) {
      for (const el of [sibling, ...Array.from(sibling.children)] as Element[]) {
        if (el !== node && !el.contains(prompt) && isBackdrop(el, win)) found.push(el);
      }
    }
  }
  return found;
}

function isBackdrop(el: Element, win: Window): boolean {
  const style = win.getComputedStyle(el);
  if (style.position !== 'fixed' || style.pointerEvents === 'none') return false;
  if (viewportShare(el.getBoundingClientRect(), win) < 0.9 || !isVisible(el)) return false;
  return (el.textContent ?? '').trim().length < 3 && el.querySelector('img, video, canvas, iframe, picture, svg') === null;
}
