import { measureText } from './main-container';

const BLOCKS = 'ul, ol, div, section, table, p, dl';

/**
 * Removes blocks that are mostly links (menus, tag clouds, "more stories")
 * from content chosen without Readability's own cleaning, but those `keep` says are content.
 */
export function dropLinkBlocks(root: Element, keep: (el: Element) => boolean = () => false): void {
  const weights = measureText(root);
  for (const el of Array.from(root.querySelectorAll(BLOCKS))) {
    const w = weights.get(el);
    if (!w || w.chars === 0) continue;
    const linkShare = 1 - w.plainChars / w.chars;
    if (linkShare > 0.65 && w.plainChars < 200 && !keep(el)) el.remove();
  }
}
