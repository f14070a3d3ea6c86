/**
 * The parsed JSON-LD blocks of a page, bounded: at most 20 blocks, none over
 * 500 KB. Broken JSON-LD is common; it just says nothing.
 */
export function jsonLdBlocks(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      blocks.push(JSON.parse(source));
    } catch {
      // Nothing to read in this block.
    }
  }
  return blocks;
}
