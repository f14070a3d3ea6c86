import { MetaTags } from './meta-tags';
import { jsonLdBlocks } from './json-ld';

/** What a page declares about itself, read by both detection and metadata: read once per extraction. */
export interface PageFacts {
  tags: MetaTags;
  jsonLd: unknown[];
}

export function readPageFacts(doc: Document): PageFacts {
  return { tags: new MetaTags(doc), jsonLd: jsonLdBlocks(doc) };
}
