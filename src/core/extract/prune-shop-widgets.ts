import { classAndId, classWord } from '../dom/attribute-value';
import { removeProductCarousels } from './product-carousels';
import { holdsTextRun } from '../dom/text-nodes';
import { removeMachineText } from './machine-text';
import { SCREEN_READER_CLASSES } from './listing-content';
import { isTabPanel, removeLaterTabPanels } from './later-tab-panels';

// Class or id words of shop widgets around a product or a listing. On WCXB
// product, collection and listing pages, blocks named so hold text that is
// almost never part of the ground truth (under 10 % of it). Reviews are only
// dropped beside a product, and never when named testimonials: those are
// a site's own selection, content it shows on purpose.
const REVIEWS = classWord('reviews?|customer-reviews');
const TESTIMONIALS = /testimonial/i;
// Filters, pagination, fly-out menus, mini carts, e-mail sign-up: controls,
// whose words also name wrappers of a listing or an FAQ, hence the guards below.
const CONTROLS = classWord('filters?|flyout|mini-?cart|pagination|email');
// Beside a product: labels for screen readers (they repeat what the page
// shows: "Regular price", "Sale price"), order forms for many variants at once,
// tooltips and popovers, the shop's returns policy and legal notes, badges
// ("New", "Bestseller"), carousels, side columns and the bar of the shop's
// selling points ("usp": free shipping, secure checkout, a warranty). On WCXB
// product pages the ground truth keeps little of them (an FAQ it often keeps: not listed).
const PRODUCT_EXTRAS = classWord(`${SCREEN_READER_CLASSES}|offscreen|quick-order|tool-?tip|returns|sidebar|popover|legal|badges?|carousel|usps?`);
// A control holds no sentence this long, nor this share of the page's text.
const MAX_CONTROL_RUN = 80;
const MAX_CONTROL_SHARE = 0.5;

/**
 * Removes shop widgets (filters, pagination…, and on a product's page its
 * customer reviews, screen-reader labels, order forms, machine text and
 * carousels of other products) from a working copy of a
 * page that is not an article. A block holding the page's title (h1) stays:
 * it is the product itself.
 */
export function pruneShopWidgets(body: Element, isProduct: boolean): void {
  const pageChars = (body.textContent ?? '').length;
  const testimonials: Element[] = [];
  const extras: Element[] = [];
  const panels: Element[] = [];
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const names = classAndId(el);
    if (TESTIMONIALS.test(names)) testimonials.push(el);
    const review = isProduct && REVIEWS.test(names) && !testimonials.some((t) => t.contains(el));
    const widget = review || (CONTROLS.test(names) && (el.textContent ?? '').length < pageChars * MAX_CONTROL_SHARE && !holdsTextRun(el, MAX_CONTROL_RUN));
    if (isProduct && !widget && PRODUCT_EXTRAS.test(names)) extras.push(el);
    if (isProduct && !widget && isTabPanel(el)) panels.push(el);
    if (widget && !el.querySelector('h1')) el.remove();
  }
  // After the filters: their price ranges are not the product's own price.
  if (isProduct) {
    removeLaterTabPanels(panels);
    removeMachineText(body);
    removeProductCarousels(body);
  }
  // After the carousels: a card's price may be printed only for screen readers.
  for (const el of extras) if (!el.querySelector('h1')) el.remove();
}
