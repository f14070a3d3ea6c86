import { attributeValue } from '../dom/attribute-value';

/**
 * The page's main landmark hidden from screen readers, yet not hidden: the page behind a
 * dialog that was open when it was read (modal scripts set aria-hidden on the rest of the
 * page while the dialog shows). Its content is the page's own, not a hidden part.
 */
export function isDialogBackground(el: Element): boolean {
  if (el.hasAttribute('hidden') || attributeValue(el, 'aria-hidden') !== 'true') return false;
  return el.tagName === 'MAIN' || attributeValue(el, 'role') === 'main';
}
