import { attributeValue, classAndId } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { SAVED, UNLIKELY } from './data-tables';

// Readability drops unread every block whose class or id holds one of its
// "unlikely" words. Some of those words name no chrome on their own: a
// listicle's or a guide's "header" holds its opening paragraphs ("hero-intro__header"),
// a "banner" a paragraph of the text. Such a block holding prose is the article's.
const NEUTRAL = /header|extra|supplemental|banner|cover-wrap|legends|remark/i;
// A paragraph of prose, not a standfirst's line or a label.
const LONG_PARAGRAPH = 150;
// An id shorter than this, or a heading's, is too short to match by chance.
const MIN_SLUG = 5;

function holdsProse(el: Element): boolean {
  for (const p of Array.from(el.getElementsByTagName('p'))) if (collapsedTrimmedLength(p.textContent ?? '') >= LONG_PARAGRAPH) return true;
  return false;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/**
 * A section whose id is made from its own heading ("Link headers" in
 * id="link-headers", "Respond to review comments"): named for its topic, not for chrome.
 */
function namedForHeading(el: Element): boolean {
  const id = attributeValue(el, 'id');
  const heading = id ? el.querySelector('h1, h2, h3, h4, h5, h6') : null;
  if (!id || !heading) return false;
  const fromId = slug(id);
  const fromHeading = slug(heading.textContent ?? '');
  return fromId.length >= MIN_SLUG && fromHeading.length >= MIN_SLUG && (fromId.includes(fromHeading) || fromHeading.includes(fromId));
}

/**
 * Takes the class and id off the blocks Readability would drop for their names
 * though they are the article's text: sections named for their heading, and
 * blocks of prose named with a word that names no chrome. In a working copy
 * (the sanitizer drops classes anyway). `elements`: the copy's elements, as a walk already made lists them.
 */
export function unmarkProseBlocks(elements: Iterable<Element>): void {
  for (const el of elements) {
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    const names = classAndId(el);
    if (!UNLIKELY.test(names) || SAVED.test(names)) continue;
    if (!(NEUTRAL.test(names) && holdsProse(el)) && !namedForHeading(el)) continue;
    const id = attributeValue(el, 'id');
    el.removeAttribute('class');
    el.removeAttribute('id');
    // In-page links still find the block: Readability never judges a link by its names.
    if (id) el.prepend(Object.assign(el.ownerDocument.createElement('a'), { id }));
  }
}
