import { readPageFacts, type PageFacts } from '../dom/page-facts';
import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';
import { classAndId, classWord } from '../dom/attribute-value';

const PRODUCT_OG_TYPE = /^(og:)?product(\.item)?$/i;
// A ProductGroup is one product sold in variants (sizes, colours).
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup']);
// A listing declares each of its items; a product's page one, or a few (bundles).
const MAX_DECLARED_PRODUCTS = 3;
// Class or id words shop templates put on the page of one product ("product
// detail page"), on <body> or <html>.
const PRODUCT_TEMPLATE = classWord('pdp|single-product|product-page|product-details?|productdetail');
// The controls that buy: a product's page has one or a few (a sticky copy of
// the button, "buy now" beside "add to cart"); a shop's listing has one per item.
const ADD_TO_CART = /add[-_]?to[-_]?(cart|bag|basket)|addtocart|buy[-_]?now/i;
const MAX_BUY_CONTROLS = 3;

/** The buying controls, a form named so counting once with the buttons and fields inside it. */
function buyControls(doc: Document): number {
  const controls = Array.from(doc.querySelectorAll('button, input, form'))
    .filter((el) => ADD_TO_CART.test(`${classAndId(el)} ${el.getAttribute('name') ?? ''}`));
  return controls.filter((el) => !controls.some((form) => form !== el && form.tagName === 'FORM' && form.contains(el))).length;
}

/**
 * Whether the page declares itself the page of one product: schema.org
 * Product (or ProductGroup) in JSON-LD or in microdata (once: a listing marks
 * up each of its items), an Open Graph product type or price, a product
 * template's class on the page, or, on a page with a title (h1), one to
 * three buttons or forms named to add to the cart or to buy now.
 */
export function isProductPage(doc: Document, facts: PageFacts = readPageFacts(doc)): boolean {
  const declared = jsonLdItems(facts.jsonLd).filter((item) => jsonLdTypes(item).some((type) => typeof type === 'string' && PRODUCT_TYPES.has(type))).length;
  if (declared > MAX_DECLARED_PRODUCTS) return false;
  if (declared > 0) return true;
  const meta = (key: string): string | null => facts.tags.first('property', key) ?? facts.tags.first('name', key);
  if (PRODUCT_OG_TYPE.test(meta('og:type') ?? '')) return true;
  if (meta('product:price:amount') !== null || meta('og:price:amount') !== null) return true;
  if ([doc.documentElement, doc.body].some((el) => el && PRODUCT_TEMPLATE.test(classAndId(el)))) return true;
  if (doc.querySelectorAll('[itemtype$="schema.org/Product"]').length === 1) return true;
  const controls = buyControls(doc);
  return controls > 0 && controls <= MAX_BUY_CONTROLS && doc.querySelector('h1') !== null;
}
