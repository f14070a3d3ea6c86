// Callers that read a page's blocks more than once (detection alone, without
// the page facts extraction shares) get the last page's parses, keyed by their
// source text: a block is parsed once per page, and never served stale.
let lastParses = new Map<string, unknown>();

const NOTHING = Symbol('unparsable');

function parse(source: string, parses: Map<string, unknown>): unknown {
  const known = lastParses.get(source);
  if (known !== undefined) { parses.set(source, known); return known; }
  let value: unknown = NOTHING;
  try {
    value = JSON.parse(source);
  } catch {
    // Nothing to read in this block.
  }
  parses.set(source, value);
  return value;
}

/**
 * The parsed JSON-LD blocks of a page, bounded: at most 20 blocks, none over
 * 500 KB. Broken JSON-LD is common; it just says nothing.
 */
export function jsonLdBlocks(doc: Document): unknown[] {
  return jsonLdBlocksOf(Array.from(doc.getElementsByTagName('script')));
}

/** jsonLdBlocks, given the page's <script> elements in document order. */
export function jsonLdBlocksOf(scripts: readonly Element[]): unknown[] {
  const blocks: unknown[] = [];
  const parses = new Map<string, unknown>();
  let read = 0;
  for (const script of scripts) {
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    if (++read > 20) break;
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    const value = parse(source, parses);
    if (value !== NOTHING) blocks.push(value);
  }
  lastParses = parses;
  return blocks;
}

export type JsonLdItem = Record<string, unknown>;

/**
 * Every object of the blocks, in document order, found through arrays and the
 * given keys (`@graph` by default; 'every key' for objects nested anywhere), at
 * most `maxDepth` levels below a block.
 */
export function jsonLdItems(blocks: readonly unknown[], through: readonly string[] | 'every key' = ['@graph'], maxDepth = 4): JsonLdItem[] {
  const items: JsonLdItem[] = [];
  const visit = (node: unknown, depth: number): void => {
    if (depth > maxDepth || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) { for (const item of node) visit(item, depth + 1); return; }
    const item = node as JsonLdItem;
    items.push(item);
    for (const key of through === 'every key' ? Object.keys(item) : through) visit(item[key], depth + 1);
  };
  for (const block of blocks) visit(block, 0);
  return items;
}

/** An item's `@type`, one or several, as a list. */
export function jsonLdTypes(item: JsonLdItem): unknown[] {
  return ([] as unknown[]).concat(item['@type'] ?? []);
}
