import { attributeValue } from './attribute-value';

type MetaKeyAttribute = 'property' | 'name' | 'itemprop';
const KEY_ATTRIBUTES: MetaKeyAttribute[] = ['property', 'name', 'itemprop'];

/** The page's <meta> tags, read in one walk: in a Node DOM each querySelector for a missing key walks the whole page. */
export class MetaTags {
  private readonly firstByAttribute = new Map<string, string>();
  private readonly nonEmpty = new Map<string, string>();

  /** `metas`: the page's <meta> elements in document order (see readPageFacts). */
  constructor(metas: readonly Element[]) {
    for (const meta of metas) {
      const content = attributeValue(meta, 'content')?.trim() ?? '';
      for (const attr of KEY_ATTRIBUTES) {
        const key = attributeValue(meta, attr);
        if (!key) continue;
        if (!this.firstByAttribute.has(`${attr}=${key}`)) this.firstByAttribute.set(`${attr}=${key}`, content);
        if (content && !this.nonEmpty.has(key)) this.nonEmpty.set(key, content);
      }
    }
  }

  /** The first non-empty content declared under one of these keys (as property, name or itemprop), in key order. */
  content(...keys: string[]): string | null {
    for (const key of keys) {
      const value = this.nonEmpty.get(key);
      if (value) return value;
    }
    return null;
  }

  /** The content of the first `<meta attr="key">`, empty or not; null when there is none. */
  first(attr: MetaKeyAttribute, key: string): string | null {
    return this.firstByAttribute.get(`${attr}=${key}`) ?? null;
  }
}
