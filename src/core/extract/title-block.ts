import { collapseWhitespace } from '../text/collapse-whitespace';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { linkedChars } from './linked-chars';

// A page that is not an article often opens with a hero: its title (h1) and a line or two saying what it offers,
// set apart from the sections below, which hold most of the text and win. The hero is at most this long.
const MAX_HERO_CHARS = 400;
// A title alone (a category's name, a thread's subject) or over links (its subcategories) is the page's name, not
// a hero: the hero's line, outside links, is this long.
const MIN_INTRO_CHARS = 30;
// The start of the hero's text found in the content: its intro was read, its heading was not.
const INTRO_PROBE_CHARS = 100;

/** A title, not a site's logo (a link home) in its header bar. */
function isPageTitle(title: Element): boolean {
  return collapsedTrimmedLength(title.textContent ?? '') > 0 && !title.querySelector('a, img') && !title.closest('a, nav');
}

/** A copy of the page's title with the small block around it (the hero), or null when the page has no h1. */
export function titleBlockOf(body: Element): Element | null {
  const title = body.getElementsByTagName('h1')[0];
  if (!title || !isPageTitle(title)) return null;
  let block: Element = title;
  for (let parent = block.parentElement; parent && parent !== body; parent = parent.parentElement) {
    if (collapsedTrimmedLength(parent.textContent ?? '') > MAX_HERO_CHARS || parent.querySelector('nav')) break;
    block = parent;
  }
  return block.cloneNode(true) as Element;
}

/**
 * Puts the title's block at the top of the content when the content lacks the title; the title
 * alone when the content holds the rest of the block (the hero's intro was read, not its heading).
 */
export function prependTitleBlock(content: Element, block: Element): void {
  const title = block.tagName === 'H1' ? block : block.getElementsByTagName('h1')[0];
  const titleText = collapseWhitespace(title?.textContent ?? '');
  const text = collapseWhitespace(content.textContent ?? '');
  if (!title || text.includes(titleText)) return;
  const rest = collapseWhitespace((block.textContent ?? '').replace(title.textContent ?? '', ' '));
  if (rest.length - linkedChars(block) < MIN_INTRO_CHARS) return;
  content.prepend(text.includes(rest.slice(0, INTRO_PROBE_CHARS)) ? title : block);
}
