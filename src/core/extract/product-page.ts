import { readPageFacts, type PageFacts } from '../dom/page-facts';

const PRODUCT_OG_TYPE = /^(og:)?product(\.item)?$/i;

function declaresProduct(value: unknown, depth: number): boolean {
  if (depth > 4 || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => declaresProduct(item, depth + 1));
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  return types.some((type) => type === 'Product') || declaresProduct(record['@graph'], depth + 1);
}

/**
 * Whether the page declares itself the page of one product: schema.org
 * Product in JSON-LD or in microdata (once: a listing marks up each of its
 * items), or an Open Graph product type or price.
 */
export function isProductPage(doc: Document, facts: PageFacts = readPageFacts(doc)): boolean {
  if (facts.jsonLd.some((block) => declaresProduct(block, 0))) return true;
  const declared = (key: string): string | null => facts.tags.first('property', key) ?? facts.tags.first('name', key);
  if (PRODUCT_OG_TYPE.test(declared('og:type') ?? '')) return true;
  if (declared('product:price:amount') !== null || declared('og:price:amount') !== null) return true;
  return doc.querySelectorAll('[itemtype$="schema.org/Product"]').length === 1;
}
