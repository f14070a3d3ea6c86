import { firstClass } from '../dom/attribute-value';
import { bodySelector, inPost, POST_WORD, sameShape } from './post-shape';
import type { TextWeight } from './main-container';

// How far above the block with most text a post's own container may sit.
const MAX_LEVELS = 6;
// The other posts must add this share to the one block found, or there is
// nothing to gather: a page with one long post and short replies reads fine.
const MIN_GAIN = 0.25;
// The posts hold most of the page's text; fewer are the comments under a
// longer post of another shape (measured on WCXB dev).
const MIN_PAGE_SHARE = 0.5;

/**
 * When the block holding most of a page's text is one post of a thread
 * without microdata (Readability and the main container both stop at the
 * longest post), the posts around it: the same containers side by side, each
 * with a body of the same shape, in page order. Null when the block is not
 * such a post or the others add little.
 */
export function repeatedPosts(block: Element, root: Element, weights: Map<Element, TextWeight>): Element[] | null {
  const chars = (el: Element): number => weights.get(el)?.plainChars ?? 0;
  let post = block;
  for (let level = 0; level <= MAX_LEVELS && post !== root && post.parentElement; level++, post = post.parentElement) {
    const siblings = Array.from(post.parentElement.children).filter((el) => sameShape(el, post));
    if (siblings.length < 2 || !inPost(block, post)) continue;
    const selector = bodySelector(block, post);
    const posts = siblings.filter((el) => el === post || (selector ? el.querySelector(selector) : el));
    const others = posts.reduce((n, el) => (el === post ? n : n + chars(el)), 0);
    if (posts.length >= 2 && others >= chars(block) * MIN_GAIN && others + chars(post) >= chars(root) * MIN_PAGE_SHARE) return posts;
    return null;
  }
  return null;
}

// A block is a list of posts when its children named after a post hold this
// share of its text; the rest is the thread's pagination and breadcrumbs.
const MIN_LIST_SHARE = 0.8;
// Posts are mostly what their authors wrote, outside links; cards that tease
// other pages are half links (measured on WCXB dev: posts 0.72 and up, cards 0.51).
const MIN_PLAIN_SHARE = 0.6;

/**
 * When the block holding most of the page's text is itself the list of a
 * thread's posts (children of one shape, named after a post), those
 * posts; else null. Readability scores each post on its own and may drop the
 * short ones, the first among them.
 */
export function postList(block: Element, weights: Map<Element, TextWeight>): Element[] | null {
  const chars = (el: Element): number => weights.get(el)?.plainChars ?? 0;
  // The first class names the shape; WordPress marks every item, a product or a teaser, "post-123" besides.
  const first = Array.from(block.children).find((el) => POST_WORD.test(firstClass(el) ?? ''));
  if (!first) return null;
  const posts = Array.from(block.children).filter((el) => sameShape(el, first));
  const plain = posts.reduce((n, el) => n + chars(el), 0);
  const all = posts.reduce((n, el) => n + (weights.get(el)?.chars ?? 0), 0);
  return posts.length >= 2 && plain >= chars(block) * MIN_LIST_SHARE && plain >= all * MIN_PLAIN_SHARE ? posts : null;
}

/** The posts as one element, moved out of their page, in order. */
export function gatherPosts(posts: Element[], doc: Document): Element {
  const thread = doc.createElement('div');
  for (const post of posts) thread.appendChild(post);
  return thread;
}
