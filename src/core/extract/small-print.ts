import { classWord } from '../dom/attribute-value';
import { namedBlocks } from './named-blocks';

// Class or id words of a product page's small print: the footnotes and legal
// conditions under its claims ("Image simulated", "Results may vary").
const SMALL_PRINT = classWord('disclaimers?');
// A page that footnotes its claims prints several; a lone one is more often
// the condition of an offer the page makes, which a reader needs beside it.
const MIN_FOOTNOTES = 3;

/** Removes a product page's small print from its content; a block holding the page's title (h1) stays. */
export function removeSmallPrint(content: Element): void {
  const notes = namedBlocks(content, SMALL_PRINT);
  if (notes.length < MIN_FOOTNOTES) return;
  for (const el of notes) el.remove();
}
