import { classAndId, firstClass } from '../dom/attribute-value';

// How the posts of one thread are told apart from the rest of the page: forum
// engines print every post with the same container, and every body with the same block.

// Words engines put in the class or id of a post or of the blocks around its
// body; a run of product cards or teasers has none of them.
export const POST_WORD = /post|message|msg|comment|reply|answer/i;

/** Same tag and first class: the first post often carries one more class ("first", "thread-starter") than the replies. */
export function sameShape(a: Element, b: Element): boolean {
  return a.tagName === b.tagName && firstClass(a) === firstClass(b);
}

/** A selector for the nearest classed element from `body` up to (not including) `post`, to find the same block in the other posts. */
export function bodySelector(body: Element, post: Element): string | null {
  for (let el: Element | null = body; el && el !== post; el = el.parentElement) {
    const name = firstClass(el);
    if (name && /^[\w-]+$/.test(name)) return `${el.tagName.toLowerCase()}.${name}`;
  }
  return null;
}

/** True when the element or a block around it, up to root (included) when given, is named after a post. */
export function inPost(el: Element, root?: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (POST_WORD.test(classAndId(node))) return true;
    if (node === root) return false;
  }
  return false;
}
