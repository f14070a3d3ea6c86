import { attributeValue } from '../dom/attribute-value';

// Hidden for their own sake, or as parts a button shows: menus and dialogs are never content either way.
const NEVER_SHOWN_TAGS = new Set(['NAV', 'DIALOG']);
const NEVER_SHOWN_ROLES = new Set(['navigation', 'dialog', 'alertdialog', 'menu']);

const isHidden = (el: Element): boolean => el.hasAttribute('hidden') || attributeValue(el, 'aria-hidden') === 'true';

/**
 * The hidden parts of a page that a button shows and hides (its aria-controls
 * names them, its aria-expanded tells their state, or the part's aria-labelledby
 * names the button): an accordion's answers, a section's "read more". Content the
 * page shows on a click, like a tab panel. The page's buttons are read once, and
 * only when a hidden part has an id.
 */
export class ExpandableSections {
  private controlled: Set<string> | null = null;

  /** Those among `found` (never-content parts of one page). */
  among(found: readonly Element[]): Set<Element> {
    const candidates = found.filter((el) => (el.id || el.hasAttribute('aria-labelledby')) && isHidden(el) && !NEVER_SHOWN_TAGS.has(el.tagName) && !NEVER_SHOWN_ROLES.has(attributeValue(el, 'role') ?? ''));
    const doc = candidates[0]?.ownerDocument;
    if (!doc) return new Set();
    const controlled = candidates.some((el) => el.id) ? (this.controlled ??= controlledIds(doc)) : null;
    return new Set(candidates.filter((el) => (el.id && controlled?.has(el.id)) || labelledByToggle(el, doc)));
  }
}

function controlledIds(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const button of Array.from(doc.querySelectorAll('[aria-expanded][aria-controls]'))) {
    for (const id of (attributeValue(button, 'aria-controls') ?? '').split(/\s+/)) if (id) ids.add(id);
  }
  return ids;
}

/**
 * A part labelled by the button that shows it: an accordion's panel naming its
 * toggle, which has no aria-controls. A tab's panel is left to not-content.ts,
 * which keeps hidden tab panels but on a product's page.
 */
function labelledByToggle(el: Element, doc: Document): boolean {
  if (attributeValue(el, 'role') === 'tabpanel') return false;
  const label = doc.getElementById((attributeValue(el, 'aria-labelledby') ?? '').split(/\s+/)[0] ?? '');
  return !!label && (label.tagName === 'BUTTON' || label.hasAttribute('aria-expanded'));
}
