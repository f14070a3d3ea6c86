import { classAndId, classNames } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';

// Class or id words of a tab panel ("tab-pane", "woocommerce-Tabs-panel", "tab-content-description"),
// not of a panel's parts ("tab-content__wrap": a BEM element inside one panel).
const PANEL = /(^|[\s_-])(tab-?pane|tabs?-?panel|tab-?content)(\s|$|-)/i;
// Class names scripts add to the one panel of a set that is shown.
const SHOWN = /^(is-|state-)?(active|current|selected|open|show|shown)$/i;

/** Whether el is a tab panel by its role or its class or id words. */
export function isTabPanel(el: Element): boolean {
  return el.getAttribute('role') === 'tabpanel' || PANEL.test(classAndId(el));
}

function chars(el: Element): number {
  return collapsedTrimmedLength(el.textContent ?? '');
}

/**
 * On a product's page, tabs show the description first; when it is the longest
 * panel of its set, the panels behind the other tabs (additional information,
 * care, shipping) are the shop's terms and fine print, not the product's text.
 * `panels` are the page's tab panels in document order; a panel holding the page's title stays.
 */
export function removeLaterTabPanels(panels: Element[]): void {
  const sets = new Map<Element, Element[]>();
  for (const panel of panels) {
    const parent = panel.parentElement;
    if (!parent) continue;
    const set = sets.get(parent);
    if (set) set.push(panel);
    else sets.set(parent, [panel]);
  }
  for (const set of sets.values()) {
    const shown = set.find((panel) => classNames(panel).some((name) => SHOWN.test(name))) ?? set[0];
    if (!shown || set.length < 2) continue;
    const length = chars(shown);
    if (set.some((panel) => panel !== shown && chars(panel) >= length)) continue;
    for (const panel of set) if (panel !== shown && !panel.querySelector('h1')) panel.remove();
  }
}
