import type { ElementSelector } from './types';
import { collapseWhitespace } from '../text/collapse-whitespace';

type Scope = Document | ShadowRoot | Element;

/** The document of a same-origin iframe once parsed, else null (cross-origin or loading). */
export function frameDocument(el: Element): Document | null {
  if (el.localName !== 'iframe' && el.localName !== 'frame') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    // Before the frame's scripts ran its buttons are not wired yet.
    return doc && doc.readyState !== 'loading' ? doc : null;
  } catch {
    return null;
  }
}

function innerScope(el: Element): Scope {
  return el.shadowRoot ?? frameDocument(el) ?? el;
}

function queryAll(scope: Scope, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Visible label of a control: its text, aria-label, title or value. */
export function labelOf(el: Element): string {
  const parts = [el.textContent ?? '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
  if (el.localName === 'input') parts.push((el as HTMLInputElement).value ?? '');
  return collapseWhitespace(parts.join(' '));
}

/** Every element an ElementSelector designates, optionally filtered by label. */
export function resolve(doc: Document, selector: ElementSelector, text?: string): Element[] {
  const chain = typeof selector === 'string' ? [selector] : selector;
  let scopes: Scope[] = [doc];
  let found: Element[] = [];
  chain.forEach((part, i) => {
    found = scopes.flatMap((scope) => queryAll(scope, part));
    if (i < chain.length - 1) scopes = found.map(innerScope);
  });
  if (text === undefined) return found;
  const pattern = new RegExp(text, 'i');
  return found.filter((el) => pattern.test(labelOf(el)));
}
