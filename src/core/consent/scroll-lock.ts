import { addStyleRules } from './hide';

/**
 * Scroll locks CMPs put on html/body: classes, inline overflow, a fixed body
 * (with the scroll position kept in a negative `top`), or CSS keyed on a class.
 */

const LOCKED_OVERFLOW = /hidden|clip/;

function matchesLockClass(name: string, lockClasses: readonly string[]): boolean {
  return lockClasses.some((lock) => (lock.endsWith('*') ? name.startsWith(lock.slice(0, -1)) : name === lock));
}

function negativeTop(top: string): number | null {
  const y = parseFloat(top);
  return Number.isFinite(y) && y < 0 ? -y : null;
}

/** Removes every scroll lock from html and body; returns whether anything changed. */
export function unlockScroll(win: Window, lockClasses: readonly string[]): boolean {
  const doc = win.document;
  const body = doc.body;
  if (!body) return false;
  let changed = false;
  let restoreY: number | null = null;

  for (const el of [doc.documentElement, body]) {
    for (const name of Array.from(el.classList)) {
      if (matchesLockClass(name, lockClasses)) {
        el.classList.remove(name);
        changed = true;
      }
    }
    for (const prop of ['overflow', 'overflow-y', 'overflow-x']) {
      if (LOCKED_OVERFLOW.test(el.style.getPropertyValue(prop))) {
        el.style.removeProperty(prop);
        changed = true;
      }
    }
  }
  if (body.style.position === 'fixed') {
    restoreY = negativeTop(body.style.top);
    for (const prop of ['position', 'top', 'left', 'right', 'width']) body.style.removeProperty(prop);
    changed = true;
  }

  // Locks the steps above could not lift (CSS keyed on classes we do not know).
  for (const el of [doc.documentElement, body]) {
    if (LOCKED_OVERFLOW.test(win.getComputedStyle(el).overflowY)) {
      // Only the vertical axis: a page's own overflow-x: hidden stays.
      el.style.setProperty('overflow-y', 'auto', 'important');
      changed = true;
    }
  }
  const bodyStyle = win.getComputedStyle(body);
  if (bodyStyle.position === 'fixed') {
    restoreY ??= negativeTop(bodyStyle.top);
    body.style.setProperty('position', 'static', 'important');
    changed = true;
  }
  if (restoreY !== null) win.scrollTo(0, restoreY);
  return changed;
}

/** Selectors specific enough to beat a CMP's class-keyed rules. */
const PINNED_HTML = 'html:not(#lisible-a):not(#lisible-b)';
const PINNED_BODY = `${PINNED_HTML} > body:not(#lisible-a):not(#lisible-b)`;

/**
 * Against a CMP that keeps putting its lock back: inline `!important` values beat
 * its stylesheets, and a rule of ours beats the plain inline styles it sets again.
 */
export function pinScrollable(win: Window): void {
  const doc = win.document;
  if (!doc.body) return;
  const bodyPosition = win.getComputedStyle(doc.body).position;
  const position = bodyPosition === 'fixed' ? 'static' : bodyPosition;
  for (const el of [doc.documentElement, doc.body]) el.style.setProperty('overflow-y', 'auto', 'important');
  doc.body.style.setProperty('position', position, 'important');
  addStyleRules(doc, [
    `${PINNED_HTML}{overflow-y:auto!important}`,
    `${PINNED_BODY}{overflow-y:auto!important;position:${position}!important}`,
  ]);
}
