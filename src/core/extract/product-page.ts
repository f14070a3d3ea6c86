import { readPageFacts, type PageFacts } from '../dom/page-facts';
import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';

const PRODUCT_OG_TYPE = /^(og:)?product(\.item)?$/i;

/**
 * Whether the page declares itself the page of one product: schema.org
 * Product in JSON-LD or in microdata (once: a listing marks up each of its
 * items), or an Open Graph product type or price.
 */
export function isProductPage(doc: Document, facts: PageFacts = readPageFacts(doc)): boolean {
  if (jsonLdItems(facts.jsonLd).some((item) => jsonLdTypes(item).includes('Product'))) return true;
  const declared = (key: string): string | null => facts.tags.first('property', key) ?? facts.tags.first('name', key);
  if (PRODUCT_OG_TYPE.test(declared('og:type') ?? '')) return true;
  if (declared('product:price:amount') !== null || declared('og:price:amount') !== null) return true;
  return doc.querySelectorAll('[itemtype$="schema.org/Product"]').length === 1;
}
