import { classNames } from '../dom/attribute-value';

// Class names scripts add to the one panel of a set that is shown: the others wait for a click on their tab.
const SHOWN = /^(is-|state-)?(active|current|selected|open|show|shown|visible)$/i;
// How far above the chosen block the shown panel may be (the block is often a panel's inner wrapper).
const MAX_LEVELS = 3;
// Text the set's holder may add to the panels: the tabs' labels, not another block.
const MAX_LABEL_CHARS = 300;

/** The element's class names but those saying it is shown. */
function stateless(el: Element): string[] {
  return classNames(el).filter((name) => !SHOWN.test(name));
}

/**
 * Whether el is the shown panel of a set: it carries a "shown" class name,
 * and a sibling of its tag has the same other class names without it.
 */
function isShownPanel(el: Element): boolean {
  const names = classNames(el);
  if (!names.some((name) => SHOWN.test(name))) return false;
  const key = stateless(el).join(' ');
  if (!key) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  return Array.from(parent.children).some((sibling) => sibling !== el && sibling.tagName === el.tagName
    && !classNames(sibling).some((name) => SHOWN.test(name)) && stateless(sibling).join(' ') === key);
}

/**
 * On a product's page, tabs without ARIA roles ("Description", "Features",
 * "What's included") show one panel and keep the others in the page: when the
 * chosen block is the shown one, or inside it, the block holding the whole set
 * (with the tabs' labels when they sit just beside it) is the content.
 * `chars` measures an element's text. Null when the block is no such panel.
 */
export function panelSetOf(block: Element, chars: (el: Element) => number): Element | null {
  let panel: Element | null = block;
  for (let level = 0; panel && !isShownPanel(panel); level++) panel = level < MAX_LEVELS ? panel.parentElement : null;
  const set = panel?.parentElement;
  if (!set || set.tagName === 'BODY' || set.tagName === 'HTML') return null;
  const holder = set.parentElement;
  return holder && holder.tagName !== 'BODY' && chars(holder) <= chars(set) + MAX_LABEL_CHARS ? holder : set;
}
