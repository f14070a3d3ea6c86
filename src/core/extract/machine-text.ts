import { textNodes } from '../dom/text-nodes';

// Text no reader is meant to read: a bare address, or an identifier (some
// shops hide the visible name's letters among spans of random ids).
const BARE_URL = /^(?:https?:)?\/\/\S+$/i;
const UUID = /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
// A field name from the shop's database ("cat_thumb_Red:", "tab_Shipping:").
const FIELD_NAME = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w-])/i;

/** A definition list whose labels are mostly the shop's field names: its data dump, not a spec sheet. */
function isFieldDump(list: Element): boolean {
  const labels = Array.from(list.children).filter((el) => el.tagName === 'DT');
  const fields = labels.filter((dt) => FIELD_NAME.test((dt.textContent ?? '').trim())).length;
  return fields > 0 && fields * 2 >= labels.length;
}

/**
 * Removes from a product's page the text a template leaves for machines:
 * bare URLs, ids, and lists of the shop's raw fields. The block holding the
 * page's title (h1) stays.
 */
export function removeMachineText(body: Element): void {
  const machine: Text[] = [];
  for (const node of textNodes(body)) {
    const text = (node.nodeValue ?? '').trim();
    if (text && (BARE_URL.test(text) || UUID.test(text))) machine.push(node);
  }
  for (const node of machine) node.remove();
  for (const list of Array.from(body.querySelectorAll('dl'))) {
    if (isFieldDump(list) && !list.querySelector('h1')) list.remove();
  }
}
