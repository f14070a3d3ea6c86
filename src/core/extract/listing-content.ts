import { BLOCK_TAGS } from '../text/html-to-text';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { textNodes } from '../dom/text-nodes';
import { holdsParagraphOf } from '../dom/holds-tag';
import { classWord, tagAndClass } from '../dom/attribute-value';

// What is read from a page that is not an article (a shop's category, a list
// of items, a service's page) once its content block is chosen.

// Labels of controls and badges printed on each tile of a grid, and of the
// sort and filter controls above it: they name an action or a state, not an
// item. On WCXB collection and listing pages such lines are almost never in the
// ground truth, the item names and prices are.
const TILE_LABEL = /^(compare|add to compare|choose options|select (a )?size|select options|quick (view|shop|add)|apply now|new arrival|award winner|add to (cart|bag|basket|wish ?list)|buy now|more options|clear rating|rate this \w+|shop now|learn more|read more|view (all|more|details|product)|see (all|more|details)|load more|show more|out of stock|in stock|low stock|sold out|coming soon|back-?order(ed)?|pre-?order( now)?|notify me|free shipping|calculate shipping|size guide|sponsored|new|sale!?|best ?seller|top rated|sort( by)?:?|filters?:?|sort (and|&) filter|filter (and|&) sort)$/i;
// Longer than any label above: a text this long is not read against the list.
const MAX_LABEL = 20;

// Below this many words a page shows a title and a control or two (an app
// shell whose items a script renders, a "no results" notice): nothing to read,
// unless the whole page is that short (then those words are its content).
const MIN_WORDS = 15;
const MIN_PAGE_WORDS = 50;
// Text that is never shown as it is in the page.
const UNSHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** True when nothing but the element is on its line: no text beside it before a block boundary. */
export function onOwnLine(el: Element, root: Element): boolean {
  for (let node: Element = el; !BLOCK_TAGS.has(node.tagName.toUpperCase()) && node !== root && node.parentElement; node = node.parentElement) {
    for (let sibling = node.parentElement.firstChild; sibling; sibling = sibling.nextSibling) {
      if (sibling === node || (sibling.nodeType === 1 && BLOCK_TAGS.has((sibling as Element).tagName.toUpperCase()))) continue;
      if ((sibling.nodeType === 3 || sibling.nodeType === 1) && (sibling.textContent ?? '').trim()) return false;
    }
  }
  return true;
}

/** True when text outside blocks sits beside the node in its element: the node is a piece of a longer line. */
function saysMoreBeside(node: Text): boolean {
  for (let sibling = node.parentElement?.firstChild ?? null; sibling; sibling = sibling.nextSibling) {
    if (sibling === node || (sibling.nodeType === 1 && BLOCK_TAGS.has((sibling as Element).tagName.toUpperCase()))) continue;
    if ((sibling.nodeType === 3 || sibling.nodeType === 1) && (sibling.textContent ?? '').trim()) return true;
  }
  return false;
}

/**
 * Removes from a non-article's content the lines that are only a tile's control
 * or badge ("Compare", "Add to cart", "Sold out"…). A label on a line with other
 * text (a link after a sentence) stays.
 */
export function removeTileLabels(content: Element): void {
  const labels: Element[] = [];
  for (const node of textNodes(content)) {
    const value = node.nodeValue ?? '';
    if (value.length > MAX_LABEL * 4) continue;
    const label = collapseWhitespace(value);
    if (!label || label.length > MAX_LABEL || !TILE_LABEL.test(label)) continue;
    // The largest element holding only this label: the whole line goes.
    let line = node.parentElement;
    // A text split in several nodes ("Free Shipping", "& Returns") is a longer line, not the label.
    if (!line || saysMoreBeside(node)) continue;
    while (line && line !== content && line.parentElement && line.parentElement !== content && collapseWhitespace(line.parentElement.textContent ?? '') === label) line = line.parentElement;
    if (line !== content && onOwnLine(line, content)) labels.push(line);
  }
  for (const el of labels) el.remove();
}

const wordCount = (text: string): number => text.match(/\S+/g)?.length ?? 0;

/** Words the page shows, up to `enough`. */
function pageWords(doc: Document, enough: number): number {
  if (!doc.body) return 0;
  let words = 0;
  for (const node of textNodes(doc.body)) {
    if (words >= enough) break;
    if (!UNSHOWN.has(node.parentElement?.tagName.toUpperCase() ?? '')) words += wordCount(node.nodeValue ?? '');
  }
  return words;
}

/** True when the page shows enough words for a few of them not to be its content. */
export function isWordy(page: Document): boolean {
  return pageWords(page, MIN_PAGE_WORDS) >= MIN_PAGE_WORDS;
}

/** True when the content holds a few words of a page that says much more (`pageIsWordy`: isWordy of the page): its content is not there. */
export function tooShortToRead(content: Element, pageIsWordy: () => boolean): boolean {
  return wordCount(content.textContent ?? '') < MIN_WORDS && pageIsWordy();
}

// A grid is at least this many siblings of one shape, each holding on average
// a name and a detail (a menu of bare names, such as a language picker, is not).
const MIN_ITEMS = 4;
const MIN_ITEM_CHARS = 40;
// Content holding a paragraph this long is an introduction worth keeping over the grid.
const MIN_PROSE_PARAGRAPH = 250;

/**
 * The element whose children repeat one shape (tag and class) and hold the most
 * text between them: the grid or list of items of a listing, links included
 * (item names are links), or null when there is none.
 */
export function itemGrid(body: Element, weights: Map<Element, { chars: number }>): { element: Element; chars: number } | null {
  let best: Element | null = null;
  let bestChars = 0;
  for (const el of weights.keys()) {
    if (el === body || el.children.length < MIN_ITEMS) continue;
    const groups = new Map<string, { items: number; chars: number }>();
    for (const child of Array.from(el.children)) {
      const shape = tagAndClass(child);
      const group = groups.get(shape) ?? { items: 0, chars: 0 };
      group.items++;
      group.chars += weights.get(child)?.chars ?? 0;
      groups.set(shape, group);
    }
    for (const group of groups.values()) {
      if (group.items >= MIN_ITEMS && group.chars >= group.items * MIN_ITEM_CHARS && group.chars > bestChars) { best = el; bestChars = group.chars; }
    }
  }
  return best ? { element: best, chars: bestChars } : null;
}

/** True when the content holds a paragraph of prose. */
export function holdsProseParagraph(content: Element): boolean {
  return holdsParagraphOf(content, MIN_PROSE_PARAGRAPH);
}

// Labels written for screen readers only, repeated on every tile of a grid
// beside what the tile shows ("Regular price", "Sale price", "Unit price per"),
// or longer than a label (a sentence listing each colour of the item). A short
// label said once may name what an icon shows (a colour swatch), and one in a
// table cell stands for a tick or a cross. A short one holding a number stays
// too: it may say a price or a count whose shown copy, marked aria-hidden, is
// gone already.
export const SCREEN_READER_CLASSES = 'visually-?hidden|sr-only|screen-reader-text';
const SCREEN_READER_LABEL = classWord(SCREEN_READER_CLASSES);
const MIN_LABEL_REPEATS = 3;
const MAX_LABEL_CHARS = 80;

/** True when a screen-reader label may be the only copy left of a figure the page shows. */
function saysFigure(label: string): boolean {
  return /\d/.test(label) && label.length <= MAX_LABEL_CHARS;
}

/** Removes from a non-article's content the screen-reader labels its tiles repeat, and those saying a sentence. */
export function removeScreenReaderLabels(content: Element): void {
  const byText = new Map<string, Element[]>();
  for (const el of Array.from(content.querySelectorAll('[class]'))) {
    if (!SCREEN_READER_LABEL.test(el.getAttribute('class') ?? '') || el.closest('td, th')) continue;
    const label = collapseWhitespace(el.textContent ?? '');
    if (saysFigure(label)) continue;
    const labels = byText.get(label);
    if (labels) labels.push(el);
    else byText.set(label, [el]);
  }
  for (const [label, labels] of byText) {
    if (labels.length >= MIN_LABEL_REPEATS || label.length > MAX_LABEL_CHARS) for (const el of labels) el.remove();
  }
}
