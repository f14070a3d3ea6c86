import { firstClass } from '../dom/attribute-value';
import { POST_WORD } from './post-shape';
import type { TextWeight } from './main-container';

// The post above a tree must add this share of the tree's text, or there is
// nothing to add to what the tree holds.
const MIN_POST_SHARE = 0.1;
// The tree holds at least this share of the thread: more beside it is the page's chrome.
const MIN_TREE_SHARE = 0.5;

/** A selector for elements of the same shape as el (tag and first class), when its first class names a post. */
function postSelector(el: Element): string | null {
  const name = firstClass(el);
  return name && POST_WORD.test(name) && /^[\w-]+$/.test(name) ? `${el.tagName.toLowerCase()}.${name}` : null;
}

/**
 * The outermost comment of a tree of comments around the block: a reply sits
 * inside the comment it answers, in a container of the same shape. Null when
 * the block is not in such a tree.
 */
function topComment(block: Element, root: Element): Element | null {
  for (let el: Element | null = block; el && el !== root; el = el.parentElement) {
    const selector = postSelector(el);
    if (!selector) continue;
    let top: Element = el;
    for (let outer = el.parentElement?.closest(selector) ?? null; outer && root.contains(outer); outer = outer.parentElement?.closest(selector) ?? null) top = outer;
    if (top !== el || el.querySelector(selector)) return top;
  }
  return null;
}

/**
 * When the block holding most of the page's text is a comment in a tree of
 * comments, the smallest block holding the whole tree and the post it
 * answers, or the tree alone when nothing above it adds text (Readability
 * keeps the post alone, the main container one comment); else null.
 */
export function commentTree(block: Element, root: Element, weights: Map<Element, TextWeight>): Element | null {
  const tree = topComment(block, root)?.parentElement;
  if (!tree) return null;
  const chars = (el: Element): number => weights.get(el)?.plainChars ?? 0;
  const treeChars = chars(tree);
  for (let thread = tree.parentElement; thread && thread !== root; thread = thread.parentElement) {
    if (chars(thread) < treeChars * (1 + MIN_POST_SHARE)) continue;
    return treeChars >= chars(thread) * MIN_TREE_SHARE ? thread : null;
  }
  // Nothing above the tree adds text (a link posted without one): the tree is the thread.
  return tree;
}
