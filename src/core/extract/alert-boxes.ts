import { classWord } from '../dom/attribute-value';
import { namedBlocks } from './named-blocks';
import { holdsTextRun } from '../dom/text-nodes';

// Class or id words of the message boxes a shop prints around its buy button:
// errors kept ready for a failed action ("There was a problem adding this
// item") and price or stock alert sign-ups. On a product's page they are
// controls, not what the page says about the product.
const ALERT = classWord('alerts?');
// A box holding a sentence this long is a callout styled as an alert (a
// Bootstrap "alert alert-info" around the shop's own text): it stays.
const MAX_MESSAGE_RUN = 80;

/** Removes alert boxes from a product page's content; a block holding the page's title (h1) or prose stays. */
export function removeAlertBoxes(content: Element): void {
  for (const el of namedBlocks(content, ALERT)) if (!holdsTextRun(el, MAX_MESSAGE_RUN)) el.remove();
}
