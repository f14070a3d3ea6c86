import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import type { DomWindow } from './types';
import { collapsedLength } from './text/collapsed-length';
import { unwrap } from './dom/unwrap';

const CONFIG = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed'],
  FORBID_ATTR: ['style', 'class'],
  ALLOW_DATA_ATTR: false,
  // Ids stay for footnotes and in-article anchors, prefixed so that they can
  // neither clobber the reader's globals nor collide with its own ids.
  SANITIZE_NAMED_PROPS: true,
};
// The prefix DOMPurify gives ids and names under SANITIZE_NAMED_PROPS.
const NAMED_PROPS_PREFIX = 'user-content-';

interface AttributeData { attrName: string; attrValue: string; forceKeepAttr?: boolean | undefined }

// `language-*` names the language of a code block (for highlighting and
// Markdown fences); every other class is dropped so the page cannot restyle the reader.
const CODE_LANGUAGE = /^language-[\w+#-]{1,30}$/;

function keepCodeLanguage(node: Element, data: AttributeData): void {
  if (data.attrName !== 'class' || node.nodeName !== 'CODE') return;
  const language = data.attrValue.split(/\s+/).find((name) => CODE_LANGUAGE.test(name));
  if (!language) return;
  node.setAttribute('class', language);
  data.forceKeepAttr = true;
}

/** In-article links follow their targets' prefixed ids. */
function prefixFragmentLink(_node: Element, data: AttributeData): void {
  if (data.attrName !== 'href' || !data.attrValue.startsWith('#') || data.attrValue.length < 2) return;
  if (!data.attrValue.startsWith(`#${NAMED_PROPS_PREFIX}`)) data.attrValue = `#${NAMED_PROPS_PREFIX}${data.attrValue.slice(1)}`;
}

// Building a purifier costs more than sanitizing a short article: one per window.
const purifiers = new WeakMap<DomWindow, Purifier>();

function purifierFor(win: DomWindow): Purifier {
  let purify = purifiers.get(win);
  if (!purify) {
    purify = DOMPurify(win as unknown as Window & typeof globalThis);
    // An unsupported DOM makes DOMPurify return its input untouched: refuse instead.
    if (!purify.isSupported) throw new Error('DOMPurify cannot run on this DOM implementation.');
    purify.addHook('uponSanitizeAttribute', keepCodeLanguage);
    purify.addHook('uponSanitizeAttribute', prefixFragmentLink);
    // Set once: a config passed to each call is parsed again on every call.
    // RETURN_DOM, though IN_PLACE returns the node it is given: with it DOMPurify removes an element whose `is` it refuses.
    purify.setConfig({ ...CONFIG, RETURN_DOM: true, IN_PLACE: true });
    purifiers.set(win, purify);
  }
  return purify;
}

// A form holding this much text wraps the page's content (a thread in a
// moderation form, a whole ASP.NET page); a shorter one is a set of controls.
const MIN_WRAPPER_FORM_CHARS = 1000;

/**
 * Forms are forbidden, and DOMPurify keeps a forbidden element's content,
 * except for a form it judges clobbered, which every linkedom form is. So the
 * choice is made here, the same in every DOM: a form wrapping the content
 * gives way to it, a form of controls (quantity, contact fields) goes.
 */
function settleForms(content: Element): void {
  for (const form of Array.from(content.getElementsByTagName('form'))) {
    if (collapsedLength(form.textContent ?? '') >= MIN_WRAPPER_FORM_CHARS) unwrap(form);
    else form.remove();
  }
}

/**
 * DOMPurify removes a whole element whose `is` attribute (a customized
 * built-in: `<details is="accordion-details">`) it strips when returning a DOM,
 * so a shop's accordion would lose its text. Removing the attribute first keeps the element.
 */
function unmarkCustomizedBuiltIns(content: Element): void {
  for (const el of Array.from(content.querySelectorAll('[is]'))) el.removeAttribute('is');
}

/**
 * Sanitizes the children of `content`, an element of a detached working copy
 * (they are moved out of it), in place: copying them into DOMPurify's own
 * document cost as much as the rest of the sanitizing. The working copy has no
 * browsing context, so nothing in it runs or loads. Callers hand on the HTML
 * as a string, never the element: the reader sanitizes it again before display.
 */
export function sanitizeArticle(content: Element, win: DomWindow): HTMLElement {
  settleForms(content);
  unmarkCustomizedBuiltIns(content);
  // A root of its own: DOMPurify refuses to sanitize a forbidden root (a <form>) in place and leaves its attributes.
  const holder = content.ownerDocument.createElement('div');
  while (content.firstChild) holder.appendChild(content.firstChild);
  // IN_PLACE is in the purifier's set config, which its typings cannot see.
  purifierFor(win).sanitize(holder);
  return holder;
}
