import { dominantBlock, type TextWeight } from './main-container';

// A news front or a category page lists its items in several sections (latest,
// most read, one per topic), each a grid of its own. Readability and the
// main container keep one of them: their measures leave link text out, and the
// item names are links. Counting links too, the block holding most of the
// page's text holds all the sections.

// Above this share of text outside links the block is prose, or a shop with
// descriptions, whose plain-text container is already the right block.
const MAX_PLAIN_SHARE = 0.5;

/**
 * The block holding a listing's sections: the widest block, when it holds the
 * grid of items and the main container, and its text is mostly links. Null
 * when it is the container itself or not around both.
 */
export function listingRegion(body: Element, container: Element, grid: Element, weights: Map<Element, TextWeight>): Element | null {
  const region = dominantBlock(body, weights, (weight) => weight.chars);
  if (region === container || !region.contains(container) || !region.contains(grid)) return null;
  const weight = weights.get(region);
  return weight && weight.plainChars <= weight.chars * MAX_PLAIN_SHARE ? region : null;
}
