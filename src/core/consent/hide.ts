/** Marks what the engine hid, so it can be found again (extraction, undo). */
export const HIDDEN_ATTR = 'data-lisible-consent-hidden';
const STYLE_ID = 'lisible-consent-style';

/**
 * Hides with an inline `display: none !important` (page stylesheets cannot beat it)
 * and a mark attribute; removing both restores the element.
 */
export function hideElement(el: Element): boolean {
  const style = (el as Partial<HTMLElement>).style;
  if (!style || (style.getPropertyValue('display') === 'none' && style.getPropertyPriority('display') === 'important')) {
    return false;
  }
  style.setProperty('display', 'none', 'important');
  el.setAttribute(HIDDEN_ATTR, '');
  return true;
}

/** Adds CSS rules to the engine's stylesheet (once each). */
export function addStyleRules(doc: Document, rules: readonly string[]): void {
  if (rules.length === 0) return;
  let sheet = doc.getElementById(STYLE_ID);
  if (!sheet) {
    sheet = doc.createElement('style');
    sheet.id = STYLE_ID;
    (doc.head ?? doc.documentElement).appendChild(sheet);
  }
  const known = sheet.textContent ?? '';
  const added = rules.filter((rule) => !known.includes(rule));
  if (added.length > 0) sheet.textContent = known + added.join('\n') + '\n';
}

/**
 * A stylesheet keeps hiding a prompt the CMP removes and renders again
 * (only plain top-document selectors can go there).
 */
export function addHidingRules(doc: Document, selectors: readonly string[]): void {
  addStyleRules(doc, selectors.map((selector) => `${selector}{display:none!important}`));
}

/** Undoes every hiding done by the engine in this document. */
export function unhideAll(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove();
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`))) {
    (el as HTMLElement).style.removeProperty('display');
    el.removeAttribute(HIDDEN_ATTR);
  }
}
