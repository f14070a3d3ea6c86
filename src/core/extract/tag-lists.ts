import { attributeValue } from '../dom/attribute-value';
import { collapsedTrimmedLength } from '../text/collapsed-length';
import { linkedCharsIfAll } from './linked-chars';

// A list of the article's tags: links marked rel="tag" (the microformat, and
// WordPress's tag and category links), with at most a label ("Tags:") beside them.
const REL_TAG = /(^|\s)tag(\s|$)/i;
const MIN_TAGS = 2;
const MAX_TAG_LIST = 1000;
const TAG_LINK_SHARE = 0.6;

// Or links to the site's tag pages ("/tag/airfare", "/tags/go/"), which many themes leave unmarked.
const TAG_PATH = /\/tags?\/[^/?#]/i;

const isTagLink = (a: Element): boolean => REL_TAG.test(attributeValue(a, 'rel') ?? '') || TAG_PATH.test(attributeValue(a, 'href') ?? '');

/** Tag links and little else. */
function isTagList(el: Element): boolean {
  const linked = linkedCharsIfAll(el, isTagLink, MIN_TAGS);
  if (linked === null) return false;
  const length = collapsedTrimmedLength(el.textContent ?? '');
  return length <= MAX_TAG_LIST && linked >= length * TAG_LINK_SHARE;
}

/**
 * Removes the article's lists of tags from the chosen content: around each tag
 * link, the largest block that is a list of tags. Done on the content rather
 * than before Readability, whose choice of block shifts when they go.
 */
export function removeTagLists(content: Element): void {
  for (const link of Array.from(content.querySelectorAll('a[rel], a[href*="tag" i]'))) {
    if (!isTagLink(link) || !content.contains(link)) continue;
    let list: Element | null = null;
    for (let el = link.parentElement; el && el !== content && isTagList(el); el = el.parentElement) list = el;
    list?.remove();
  }
}
