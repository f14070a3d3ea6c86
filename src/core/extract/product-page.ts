import { jsonLdBlocks } from './json-ld';
import { attributeValue } from '../dom/attribute-value';

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
export function isProductPage(doc: Document): boolean {
  if (jsonLdBlocks(doc).some((block) => declaresProduct(block, 0))) return true;
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const key = attributeValue(meta, 'property') ?? attributeValue(meta, 'name');
    if (key === 'og:type' && PRODUCT_OG_TYPE.test(attributeValue(meta, 'content')?.trim() ?? '')) return true;
    if (key === 'product:price:amount' || key === 'og:price:amount') return true;
  }
  return doc.querySelectorAll('[itemtype$="schema.org/Product"]').length === 1;
}
