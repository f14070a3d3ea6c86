import { firstClass } from '../dom/attribute-value';

// A tree of comments: at least this many comments nested in a comment of the same shape.
const MIN_REPLIES = 5;
// Plain text outside the tree under this is a link or a summary with its
// byline and the page's chrome (about a screen), not an article the comments follow.
const MAX_POST_CHARS = 2500;

const COMMENT_WORD = /comment/i;
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'A']);


/** Is el inside another element of its shape (a reply inside the comment it answers)? */
function nestedIn(el: Element, shape: ReadonlySet<Element>, body: Element): boolean {
  for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (shape.has(up)) return true;
  return false;
}

/** Characters of text outside links, scripts and the skipped elements. */
function plainCharsOutside(root: Element, skipped: ReadonlySet<Element>, limit: number): number {
  let chars = 0;
  const stack: Node[] = [root];
  while (stack.length && chars < limit) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      chars += (node.nodeValue ?? '').replace(/\s+/g, ' ').trim().length;
    } else if (node.nodeType === 1 && !skipped.has(node as Element) && !NOT_TEXT.has((node as Element).tagName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return chars;
}

/**
 * Collects the comment-named elements of a page walk, then says whether the
 * page is a thread of comments under a short post: a tree of replies nested
 * in the comments they answer (a link aggregator's or a news site's discussion)
 * with little plain text beside it. Such a page reads as a discussion, whatever
 * article metadata its story carries.
 */
export class CommentThread {
  // Comment-named elements by shape (tag and first class): replies repeat the shape of the comment they answer.
  private readonly shapes = new Map<string, Set<Element>>();

  /** Records the element when its first class names a comment (`cls` is its class attribute). */
  add(el: Element, cls: string): void {
    if (!COMMENT_WORD.test(cls)) return;
    const name = firstClass(el);
    if (!name || !COMMENT_WORD.test(name)) return;
    const key = `${el.tagName} ${name}`;
    const shape = this.shapes.get(key);
    if (shape) shape.add(el);
    else this.shapes.set(key, new Set([el]));
  }

  /** Plain text outside the comments of the page's tree, up to `limit`; null when the page has no tree of comments. */
  private textBesideTree(body: Element, limit: number): number | null {
    // The shape with the most replies is the tree; its outermost comments, with replies or not, hold the thread.
    let most = 0, thread: Set<Element> | null = null;
    for (const shape of this.shapes.values()) {
      if (shape.size <= MIN_REPLIES) continue;
      const outermost = new Set<Element>();
      for (const el of shape) if (!nestedIn(el, shape, body)) outermost.add(el);
      const replies = shape.size - outermost.size;
      if (replies > most) [most, thread] = [replies, outermost];
    }
    return most >= MIN_REPLIES && thread ? plainCharsOutside(body, thread, limit) : null;
  }

  underShortPost(body: Element): boolean {
    const beside = this.textBesideTree(body, MAX_POST_CHARS);
    return beside !== null && beside < MAX_POST_CHARS;
  }
}
