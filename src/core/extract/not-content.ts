import { CONSENT_CONTAINER_SELECTORS } from '../consent/consent-containers';
import { SelectorList } from '../dom/selector-list';

// Never content, whatever the page: code, controls, hidden parts, dialogs,
// menus, and cookie-consent prompts.
const NOT_CONTENT = new SelectorList([
  'script', 'style', 'link', 'template', 'svg', 'canvas', 'button', 'select', 'input', 'textarea', 'dialog', 'nav',
  '[hidden]', '[aria-hidden="true"]', '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]',
  ...CONSENT_CONTAINER_SELECTORS,
]);

/** Removes from a working copy what is never content, in one walk of the page. */
export function removeNotContent(doc: Document): void {
  for (const el of NOT_CONTENT.findAll(doc, true)) el.remove();
}
