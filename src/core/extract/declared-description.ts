import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';

const PRODUCT_TYPES = new Set(['Product', 'ProductGroup']);
// Shorter descriptions are a name or a tagline, not the product's text.
const MIN_CHARS = 80;
// Markup or URL-encoding in the field: not text to show as it is.
const NOT_PLAIN = /<[a-z/!]|%[0-9a-f]{2}/i;
// Below this share of its words in the content, the page did not render the description.
const MIN_SHARE_SHOWN = 0.5;

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The plain-text description a page's JSON-LD gives its product (or product group), if any. */
export function declaredDescription(jsonLd: readonly unknown[]): string | null {
  for (const item of jsonLdItems(jsonLd)) {
    if (!jsonLdTypes(item).some((type) => typeof type === 'string' && PRODUCT_TYPES.has(type))) continue;
    const description = item.description;
    if (typeof description !== 'string') continue;
    const text = description.trim();
    if (text.length >= MIN_CHARS && !NOT_PLAIN.test(text) && /\s/.test(text)) return text;
  }
  return null;
}

/**
 * Puts the declared description at the top of a product page's content when
 * the content holds under half its words: app shells render the description
 * from script data only, and the block chosen is then the page's small print.
 */
export function addMissingDescription(content: Element, description: string): void {
  const wanted = words(description);
  const shown = new Set(words(content.textContent ?? ''));
  if (wanted.filter((word) => shown.has(word)).length >= wanted.length * MIN_SHARE_SHOWN) return;
  const doc = content.ownerDocument;
  const paragraphs = description.split(/\n+/).map((line) => line.trim()).filter(Boolean).map((line) => {
    const p = doc.createElement('p');
    p.textContent = line;
    return p;
  });
  content.prepend(...paragraphs);
}
