import { collapseWhitespace } from '../text/collapse-whitespace';
import { holdsOwnText } from '../dom/text-nodes';
import { parentsOf } from '../dom/parents-of';

// A ticker repeats one short phrase side by side ("Book Now * Book Now * …")
// so that it can scroll without a gap: at least this many copies.
const MIN_COPIES = 4;
const MAX_PHRASE = 40;

/** True when the element's children are copies of one short phrase and it holds nothing else. */
function isTicker(el: Element): boolean {
  const children = Array.from(el.children);
  if (children.length < MIN_COPIES) return false;
  const phrase = collapseWhitespace(children[0]!.textContent ?? '');
  // Without a letter the copies are a rating's stars or a divider: they stay.
  if (!phrase || phrase.length > MAX_PHRASE || !/\p{L}/u.test(phrase)) return false;
  for (const child of children) if (child.tagName !== children[0]!.tagName || collapseWhitespace(child.textContent ?? '') !== phrase) return false;
  return !holdsOwnText(el);
}

/** Removes scrolling tickers (one phrase printed again and again) from a non-article's content. */
export function removeTickers(content: Element): void {
  const tickers = parentsOf(content, 'span, a').filter((el) => el !== content && isTicker(el));
  for (const el of tickers) el.remove();
}
