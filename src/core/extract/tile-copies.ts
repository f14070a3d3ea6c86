import { collapseWhitespace } from '../text/collapse-whitespace';
import { textNodes } from '../dom/text-nodes';
import { tagAndClass } from '../dom/attribute-value';
import { onOwnLine } from './listing-content';

// A shop's tile often prints its name and price twice or three times (a copy for
// tiles without a picture, a regular and a sale price block), and CSS shows one.
// Within one tile of a grid, a text repeating an earlier text of the same tile goes.

// A grid is at least this many siblings of one tag and class.
const MIN_TILES = 4;
// A tile is short: a longer item (a post, a review) may quote itself.
const MAX_TILE_CHARS = 400;
// Rows of a table are not tiles: a row says "Yes" in several cells.
const NOT_TILES = new Set(['TR', 'TBODY', 'THEAD']);

/** The children of el that share a tag and class with at least MIN_TILES - 1 siblings. */
function tilesOf(el: Element): Element[] {
  const groups = new Map<string, Element[]>();
  for (const child of Array.from(el.children)) {
    if (NOT_TILES.has(child.tagName.toUpperCase())) continue;
    const shape = tagAndClass(child);
    const group = groups.get(shape);
    if (group) group.push(child);
    else groups.set(shape, [child]);
  }
  return [...groups.values()].filter((group) => group.length >= MIN_TILES).flat();
}

/** True when the text is all its element says and nothing is beside it on its line: not a piece of a word or a sentence, nor the punctuation between names. */
function isLine(node: Text, text: string, tile: Element): boolean {
  const el = node.parentElement;
  return !!el && collapseWhitespace(el.textContent ?? '') === text && onOwnLine(el, tile);
}

/** Removes, inside each short tile of a grid in the content, texts that repeat an earlier text of the same tile. */
export function removeTileCopies(content: Element): void {
  const elements = [content, ...Array.from(content.querySelectorAll('*'))];
  const tilesByGrid = new Map<Element, Element[]>();
  for (const el of elements) {
    const tiles = el.children.length >= MIN_TILES ? tilesOf(el) : [];
    if (tiles.length) tilesByGrid.set(el, tiles);
  }
  // A tile holding a grid of its own is a section: its items repeat prices between them.
  const holdsGrid = new Set<Element>();
  for (const grid of tilesByGrid.keys()) {
    for (let el: Element | null = grid; el && !holdsGrid.has(el); el = el.parentElement) holdsGrid.add(el);
  }
  for (const tiles of tilesByGrid.values()) {
    for (const tile of tiles) {
      if (holdsGrid.has(tile) || collapseWhitespace(tile.textContent ?? '').length > MAX_TILE_CHARS) continue;
      const seen = new Set<string>();
      const copies: Text[] = [];
      for (const node of textNodes(tile)) {
        const text = collapseWhitespace(node.nodeValue ?? '');
        if (!text) continue;
        if (!seen.has(text)) seen.add(text);
        else if (isLine(node, text, tile)) copies.push(node);
      }
      for (const node of copies) node.remove();
    }
  }
}
