import { attributeValue } from './attribute-value';

/**
 * The page's <meta> values by property, name and itemprop (the first non-empty
 * one of each key), read in one walk: in a Node DOM each querySelector for a
 * missing key walks the whole page.
 */
export function metaTags(doc: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = attributeValue(meta, 'content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = attributeValue(meta, attr);
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}
