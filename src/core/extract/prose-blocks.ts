import { attributeValue, classAndId } from '../dom/attribute-value';
import { holdsParagraphOf, holdsTag } from '../dom/holds-tag';
import { SAVED, UNLIKELY } from './readability-names';

// Readability drops unread every block whose class or id holds one of its
// "unlikely" words. Some of those words name no chrome on their own: a
// listicle's or a guide's "header" holds its opening paragraphs ("hero-intro__header"),
// a "banner" a paragraph of the text. Such a block holding prose is the article's.
const NEUTRAL = /header|extra|supplemental|banner|cover-wrap|legends|remark/i;
const NEUTRAL_WORDS = new RegExp(NEUTRAL.source, 'gi');
// An article's section headings named only with those words ("header-anchor-post",
// a heading holding its link anchor), or whose id is made from their text
// ("what-share-of-teens…", "4-sociallyin"): the heading of the text that follows.
const SECTION_HEADING_TAGS = ['H2', 'H3', 'H4', 'H5', 'H6'];
const SECTION_HEADINGS = new Set(SECTION_HEADING_TAGS);
// A part's header named after its component ("card-header", "pageblock__header", "section-header"): the top of a
// card or a section, holding its heading, not the page's header.
// The part's name goes, the component's stays: a "sidebar-header" is still the sidebar's.
const PART_HEADER = /([\p{L}\p{N}])[-_]+header/giu;
// A paragraph of prose, not a standfirst's line or a label.
const LONG_PARAGRAPH = 150;
// An id shorter than this, or a heading's, is too short to match by chance.
const MIN_SLUG = 5;

const slug = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');

/** Whether the id is made from the heading's text. */
function idOfHeading(id: string, heading: Element): boolean {
  const fromId = slug(id);
  const fromHeading = slug(heading.textContent ?? '');
  return fromId.length >= MIN_SLUG && fromHeading.length >= MIN_SLUG && (fromId.includes(fromHeading) || fromHeading.includes(fromId));
}

/**
 * A section whose id is made from its own heading ("Link headers" in
 * id="link-headers", "Respond to review comments"): named for its topic, not for chrome.
 */
function namedForHeading(el: Element): boolean {
  const id = attributeValue(el, 'id');
  const heading = id ? el.querySelector('h1, h2, h3, h4, h5, h6') : null;
  return !!id && !!heading && idOfHeading(id, heading);
}

/** A section heading named with words that name no chrome, or for its own text. */
function namedSectionHeading(heading: Element, names: string): boolean {
  const id = attributeValue(heading, 'id');
  return (UNLIKELY.test(names) && !UNLIKELY.test(names.replace(NEUTRAL_WORDS, ' '))) || (!!id && idOfHeading(id, heading));
}

/**
 * A card's or a section's header holding its heading, or the heading itself
 * ("accordion-header"), named only as that part. One holding the page's title (h1)
 * is left to the rules for the title's block.
 */
function partHeader(el: Element, names: string): boolean {
  return !UNLIKELY.test(names.replace(PART_HEADER, '$1 ')) && !holdsTag(el, 'h1') && (SECTION_HEADINGS.has(el.tagName) || SECTION_HEADING_TAGS.some((tag) => holdsTag(el, tag)));
}

/**
 * Whether el, or a block around it named with one of those words, holds the
 * page's title: a hero or banner with the title and its intro. On a page that is
 * not an article the other such blocks are promos and teasers further down.
 */
function inTitleBlock(el: Element, titles: readonly Element[]): boolean {
  for (let block: Element | null = el; block; block = block.parentElement) {
    if (block !== el && !NEUTRAL.test(classAndId(block))) continue;
    for (const title of titles) if (block.contains(title)) return true;
  }
  return false;
}

/**
 * Takes the class and id off the blocks Readability would drop for their names
 * though they are the article's text: sections named for their heading, the headers of
 * cards and sections, an article's headings and blocks of prose named with a word that
 * names no chrome (on other pages, only the block holding the title). In a working copy
 * (the sanitizer drops classes anyway). `elements`: the copy's elements, as a walk already made lists them.
 */
export function unmarkProseBlocks(elements: Iterable<Element>, isArticle: boolean): void {
  const found: Element[] = [];
  const titles: Element[] = [];
  const headers: Element[] = [];
  for (const el of elements) {
    if (el.tagName === 'H1') titles.push(el);
    if (!el.hasAttribute('class') && !el.hasAttribute('id')) continue;
    const names = classAndId(el);
    if (isArticle && SECTION_HEADINGS.has(el.tagName)) {
      if (namedSectionHeading(el, names)) found.push(el);
      continue;
    }
    if (!UNLIKELY.test(names) || SAVED.test(names)) continue;
    if (partHeader(el, names)) {
      headers.push(el);
      continue;
    }
    if (!(NEUTRAL.test(names) && holdsParagraphOf(el, LONG_PARAGRAPH)) && !namedForHeading(el)) continue;
    found.push(el);
  }
  // All judged before any is unmarked: a hero's inner blocks are known by the hero's names.
  const prose = isArticle ? found : found.filter((el) => inTitleBlock(el, titles));
  for (const el of [...prose, ...headers]) {
    const id = attributeValue(el, 'id');
    el.removeAttribute('class');
    el.removeAttribute('id');
    // In-page links still find the block: Readability never judges a link by its names.
    if (id) el.prepend(Object.assign(el.ownerDocument.createElement('a'), { id }));
  }
}
