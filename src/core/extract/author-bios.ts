import { textNodes } from '../dom/text-nodes';
import { jsonLdItems, jsonLdTypes } from '../dom/json-ld';
import { alphanumeric } from '../text/alphanumeric';

// A page's JSON-LD describes its writers (schema.org Person, "description"); a
// block of the page saying the same is a box about the writer, whatever its markup.

// Shorter descriptions are job titles ("Staff writer"), not bios a block could be matched on.
const MIN_BIO = 60;
// The block is matched on the start of the bio: pages trim or reflow the rest.
const MATCHED_START = 60;
// A block may add a name and a few links to the bio; more is a wrapper holding other text.
const MAX_EXTRA = 200;
// JSON-LD is read this deep below a block at most: a graph of a page, not an arbitrary tree.
const MAX_DEPTH = 7;

/** Letters and digits only, lower-cased: a bio's HTML, entities and spacing vary between JSON-LD and the page. */
export function bareText(text: string): string {
  return alphanumeric(text.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' '));
}

/** The bare text of each Person's description in the page's JSON-LD, when long enough to be a bio. */
export function authorBios(jsonLd: readonly unknown[]): string[] {
  const bios = new Set<string>();
  for (const item of jsonLdItems(jsonLd, 'every key', MAX_DEPTH)) {
    const description = item.description;
    if (typeof description !== 'string' || !jsonLdTypes(item).includes('Person')) continue;
    const bare = bareText(description);
    if (bare.length >= MIN_BIO) bios.add(bare);
  }
  return [...bios];
}

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ASIDE']);

/**
 * The blocks whose text is one of the bios and little more: the largest such
 * block, so a name or links beside the bio go with it. The page's text is read
 * once or twice; only the few blocks around a bio's start are read again.
 */
export function bioBlocks(body: Element, bios: readonly string[]): Element[] {
  // Most pages do not show the bio their JSON-LD holds: one read of the text tells.
  const whole = bareText(body.textContent ?? '');
  const shown = bios.filter((bio) => whole.includes(bio.slice(0, MATCHED_START)));
  if (!shown.length) return [];
  const nodes: Text[] = [];
  const ends: number[] = [];
  let page = '';
  for (const node of textNodes(body)) {
    page += bareText(node.data);
    nodes.push(node);
    ends.push(page.length);
  }
  const found = new Set<Element>();
  for (const bio of shown) {
    const start = bio.slice(0, MATCHED_START);
    for (let at = page.indexOf(start); at >= 0; at = page.indexOf(start, at + start.length)) {
      const node = nodes[ends.findIndex((end) => end > at)];
      const block = node && blockAround(node, body, start, bio.length + MAX_EXTRA);
      if (block) found.add(block);
    }
  }
  return [...found];
}

/** The largest block above the node that holds the bio's start and at most `max` bare characters. */
function blockAround(node: Text, body: Element, start: string, max: number): Element | null {
  let block: Element | null = null;
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) {
    if (!BLOCKS.has(el.tagName)) continue;
    const text = bareText(el.textContent ?? '');
    if (text.length > max) break;
    if (text.includes(start)) block = el;
  }
  return block;
}
