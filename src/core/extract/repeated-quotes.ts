import { collapseWhitespace } from '../text/collapse-whitespace';
import { textNodes } from '../dom/text-nodes';

// Pieces of text shorter than this ("Quote", a name, "said:") prove nothing
// about where a quote comes from.
const MIN_PIECE_CHARS = 20;
// A quote is a copy when this share of its longer pieces is read elsewhere.
const MIN_COPIED_SHARE = 0.6;
// A quote of a line or two is the point a reply answers, which a reader keeps
// beside the reply even when the post it comes from is on the page; a longer
// quote repeats that post (measured on WCXB dev forum threads).
const MIN_REPEATED_CHARS = 100;

function isCopy(quote: Element, rest: string): boolean {
  let total = 0;
  let copied = 0;
  for (const node of textNodes(quote)) {
    const piece = collapseWhitespace(node.nodeValue ?? '');
    if (piece.length < MIN_PIECE_CHARS) continue;
    total += piece.length;
    if (rest.includes(piece)) copied += piece.length;
  }
  return total >= MIN_REPEATED_CHARS && copied >= total * MIN_COPIED_SHARE;
}

/**
 * Removes quotes of text the content already holds: in a thread, a reply
 * quoting an earlier post on the same page repeats it. Quotes of anything
 * else (a post on another page, a source), and short ones, stay.
 */
export function dropRepeatedQuotes(root: Element): void {
  const quotes = Array.from(root.getElementsByTagName('blockquote')).filter((q) => !q.parentElement?.closest('blockquote'));
  if (!quotes.length) return;
  // The text outside every quote, read with the quotes set aside.
  const marks = quotes.map((quote) => {
    const mark = quote.ownerDocument.createComment('');
    quote.replaceWith(mark);
    return mark;
  });
  const rest = collapseWhitespace(root.textContent ?? '');
  quotes.forEach((quote, i) => marks[i]!.replaceWith(quote));
  for (const quote of quotes) if (isCopy(quote, rest)) quote.remove();
}
