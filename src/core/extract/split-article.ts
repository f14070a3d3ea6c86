// A paragraph of prose, as opposed to a label, a caption or a list item.
const PROSE_CHARS = 120;
// Readability keeps its best block and the siblings that score like it: an
// article cut into sibling sections (one per heading, with lists between) can
// lose most of them. Below both shares, the container holding the whole text
// is taken instead (measured on WCXB articles).
const SPLIT_TEXT_SHARE = 0.6;
const SPLIT_PROSE_SHARE = 0.6;

/** The number of paragraphs of prose under root. */
export function countProse(root: Element): number {
  let n = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) if ((p.textContent ?? '').length >= PROSE_CHARS) n++;
  return n;
}

/** True when Readability's block holds only a part of the article's text and of its prose. */
export function keptOnePart(readable: Element, readableChars: number, container: { chars: number; prose: number }): boolean {
  return readableChars < container.chars * SPLIT_TEXT_SHARE && countProse(readable) < container.prose * SPLIT_PROSE_SHARE;
}
