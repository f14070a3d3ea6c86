import { MetaTags } from './meta-tags';
import { jsonLdBlocksOf } from './json-ld';

/** What a page declares about itself, read by both detection and metadata: read once per extraction. */
export interface PageFacts {
  tags: MetaTags;
  jsonLd: unknown[];
}

/**
 * The page's <meta> and <script> elements, in document order, in one walk: a
 * Node DOM (linkedom) walks the whole page for each getElementsByTagName.
 */
function metasAndScripts(doc: Document): { metas: Element[]; scripts: Element[] } {
  const metas: Element[] = [];
  const scripts: Element[] = [];
  const root = doc.documentElement;
  let el: Element | null = root;
  while (el) {
    const tag = el.localName;
    if (tag === 'meta') metas.push(el);
    else if (tag === 'script') scripts.push(el);
    const child: Element | null = el.firstElementChild;
    if (child) { el = child; continue; }
    while (el && el !== root && !el.nextElementSibling) el = el.parentElement;
    el = el && el !== root ? el.nextElementSibling : null;
  }
  return { metas, scripts };
}

export function readPageFacts(doc: Document): PageFacts {
  const { metas, scripts } = metasAndScripts(doc);
  return { tags: new MetaTags(metas), jsonLd: jsonLdBlocksOf(scripts) };
}
