import { collapseWhitespace } from '../text/collapse-whitespace';

// A box asking for the reader's e-mail address: a newsletter, "Notify me when
// back in stock". Its field is gone from the working copy (controls are never
// content); what is left says "e-mail" or "inbox" beside a sign-up word.
const EMAIL = /\be-?mail\b|\binbox\b/i;
const SIGN_UP = /\b(sign[- ]?up|subscribe|subscription|newsletters?|notify me|opt[- ]out|unsubscribe)\b/i;
// A sign-up box is short: a longer block holding those words is a section of the page.
const MAX_BOX_CHARS = 800;

/**
 * Removes from a product page's chosen content the e-mail sign-up boxes, the
 * outermost blocks of at most MAX_BOX_CHARS characters that ask for an e-mail
 * address. A block holding the page's title (h1) stays. Run on the content:
 * on WCXB product pages the ground truth leaves these boxes out.
 */
export function removeSignUpBoxes(content: Element): void {
  const boxes: Element[] = [];
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const text = collapseWhitespace(child.textContent ?? '');
      if (text.length > MAX_BOX_CHARS) visit(child);
      else if (EMAIL.test(text) && SIGN_UP.test(text) && child.tagName !== 'H1' && !child.querySelector('h1')) boxes.push(child);
    }
  };
  visit(content);
  for (const box of boxes) box.remove();
}
