import { bodySelector, inPost, sameShape } from './post-shape';
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

/** The posts as one element, moved out of their page, in order. */
export function gatherPosts(posts: Element[], doc: Document): Element {
  const thread = doc.createElement('div');
  for (const post of posts) thread.appendChild(post);
  return thread;
}
