/**
 * Scroll locks CMPs put on html/body: classes, inline overflow, a fixed body
 * (with the scroll position kept in a negative `top`), or CSS keyed on a class.
 */

const LOCKED_OVERFLOW = /hidden|clip/;

function matchesLockClass(name: string, lockClasses: readonly string[]): boolean {
  return lockClasses.some((lock) => (lock.endsWith('*') ? name.startsWith(lock.slice(0, -1)) : name === lock));
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
      el.style.setProperty('overflow', 'visible', 'important');
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

function negativeTop(top: string): number | null {
  const y = parseFloat(top);
  return Number.isFinite(y) && y < 0 ? -y : null;
}
