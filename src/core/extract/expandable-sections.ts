import { attributeValue } from '../dom/attribute-value';

// Hidden for their own sake, or as parts a button shows: menus and dialogs are never content either way.
const NEVER_SHOWN_TAGS = new Set(['NAV', 'DIALOG']);
const NEVER_SHOWN_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'menu']);

const isHidden = (el: Element): boolean => el.hasAttribute('hidden') || attributeValue(el, 'aria-hidden') === 'true';

/**
 * The hidden parts of a page that a button shows and hides (its aria-controls
 * names them, its aria-expanded tells their state): an accordion's answers, a
 * section's "read more". Content the page shows on a click, like a tab panel.
 * The page's buttons are read once, and only when a hidden part has an id.
 */
export class ExpandableSections {
  private controlled: Set<string> | null = null;

  /** Those among `found` (never-content parts of one page). */
  among(found: readonly Element[]): Set<Element> {
    const candidates = found.filter((el) => el.id && isHidden(el) && !NEVER_SHOWN_TAGS.has(el.tagName) && !NEVER_SHOWN_ROLES.has(attributeValue(el, 'role') ?? ''));
    const doc = candidates[0]?.ownerDocument;
    if (!doc) return new Set();
    const controlled = (this.controlled ??= controlledIds(doc));
    return new Set(candidates.filter((el) => controlled.has(el.id)));
  }
}

function controlledIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const button of Array.from(doc.querySelectorAll('[aria-expanded][aria-controls]'))) {
    for (const id of (attributeValue(button, 'aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}
