// Detection and metadata both read the same blocks of a page, one after the
// other: the last page's parses are kept, keyed by their source text, so a
// block is parsed once however many readers it has, and never served stale.
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
  const blocks: unknown[] = [];
  const parses = new Map<string, unknown>();
  let read = 0;
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
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
