import type { TextWeight } from './main-container';
import { collapsedLength } from '../text/collapsed-length';

// The region must hold this share of the page's plain text: a smaller one may
// be a side column of a page whose article Readability would find elsewhere.
const MIN_REGION_SHARE = 0.5;
// A paragraph this long outside the region is prose: the article may go on
// there (a story printed in several sections), so the page is read whole.
const PROSE_PARAGRAPH = 150;

/**
 * The part of an article page Readability needs to read: the main container's
 * parent (the article's other parts sit beside it), widened to hold the first
 * h1 (a standfirst and lead image sit between the headline and the body). Null
 * when that is the whole body, holds too little of the page's plain text, or
 * leaves a paragraph of prose out.
 */
export function articleRegion(body: Element, container: Element, weights: Map<Element, TextWeight>): Element | null {
  let region = container.parentElement ?? body;
  const headline = body.getElementsByTagName('h1')[0];
  while (headline && region !== body && !region.contains(headline)) region = region.parentElement ?? body;
  if (region === body) return null;
  const share = (weights.get(region)?.plainChars ?? 0) / Math.max(1, weights.get(body)?.plainChars ?? 0);
  if (share < MIN_REGION_SHARE) return null;
  // Most paragraphs are inside the region: that is asked first, and only the others' text is read.
  for (const p of Array.from(body.getElementsByTagName('p'))) if (!region.contains(p) && collapsedLength(p.textContent ?? '') >= PROSE_PARAGRAPH) return null;
  return region;
}

/**
 * Removes everything outside `region` from its document (menus, side columns,
 * footers), which Readability would otherwise walk and score. The region's
 * ancestors stay, with the direction and language they declare.
 */
export function keepOnlyRegion(region: Element, body: Element): void {
  for (let node: Element = region; node !== body && node.parentElement; node = node.parentElement) {
    for (const sibling of Array.from(node.parentElement.childNodes)) if (sibling !== node) sibling.remove();
  }
}
