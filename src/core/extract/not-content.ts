import { CONSENT_CONTAINER_SELECTORS } from '../consent/consent-containers';
import { SelectorList } from '../dom/selector-list';

// Never content, whatever the page: code, controls, hidden parts, dialogs,
// menus, and cookie-consent prompts.
const NOT_CONTENT = new SelectorList([
  'script', 'style', 'link', 'template', 'svg', 'canvas', 'button', 'select', 'input', 'textarea', 'dialog', 'nav',
  '[hidden]', '[aria-hidden="true"]', '[role="dialog"]', '[role="alertdialog"]', '[role="navigation"]',
  ...CONSENT_CONTAINER_SELECTORS,
]);

const STREAMED_PART = /^S:(\d+)$/;
const COMMENT_NODE = 8;

/**
 * React's streamed server rendering sends late parts of a page in
 * `<div hidden id="S:n">`, for a script to put in place of `<template id="B:n">`
 * and the placeholder after it (up to `<!--/$-->`), or of a bare
 * `<template id="P:n">` (a segment, with no placeholder). A saved page still has
 * them hidden; a live page has already moved them, so this only acts on copies.
 */
function placeStreamedPart(part: Element, doc: Document): void {
  const n = STREAMED_PART.exec(part.id)?.[1] ?? '';
  const boundary = doc.getElementById(`B:${n}`);
  const slot = boundary ?? doc.getElementById(`P:${n}`);
  const parent = slot?.parentNode;
  if (!slot || !parent) return;
  if (boundary) {
    const placeholder: ChildNode[] = [];
    let end: ChildNode | null = slot.nextSibling;
    for (; end && !(end.nodeType === COMMENT_NODE && end.nodeValue === '/$'); end = end.nextSibling) placeholder.push(end);
    if (end) for (const node of placeholder) node.remove();
  }
  while (part.firstChild) parent.insertBefore(part.firstChild, slot);
}

/** Removes from a working copy what is never content, in one walk of the page. */
export function removeNotContent(doc: Document): void {
  const found = NOT_CONTENT.findAll(doc, true);
  for (const el of found) if (STREAMED_PART.test(el.id) && el.hasAttribute('hidden')) placeStreamedPart(el, doc);
  for (const el of found) el.remove();
}
