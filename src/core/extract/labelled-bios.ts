import { collapsedTrimmedLength } from '../text/collapsed-length';
import { nodesAfter } from '../dom/nodes-after';
import { textBefore } from '../dom/text-before';

// A line naming what follows as about the writer: "About the author", "Written by Jane Doe",
// "About the contributor:", "Reviewed by", or the tab "Author" alone. What follows it to the
// end is the writer's box (a bio, their other roles, the site's note on them), not the article.
const BIO_LABEL = /^\s*(about (the )?(author|writer|contributor|reviewer)s?|written by|meet the (author|writer)|reviewed by)\b|^\s*authors?\s*:?\s*$/i;
const LABEL_TAGS = 'h2, h3, h4, h5, h6, p, div, li, strong, b, span';
// Inline labels open their line: "… was written by Jane Doe." inside a sentence is prose.
const INLINE = new Set(['STRONG', 'B', 'SPAN']);
// The box is short and closes a longer text: a label near the top is a byline over the article.
const MAX_BOX_CHARS = 1200;
const MAX_BOX_SHARE = 0.3;

/**
 * Removes the writer's box closing an article, when a label opens it ("About
 * the author", "Written by …"): it is about the writer, not part of what they wrote.
 */
export function removeLabelledBios(content: Element): void {
  const total = collapsedTrimmedLength(content.textContent ?? '');
  for (const el of Array.from(content.querySelectorAll(LABEL_TAGS))) {
    if (!BIO_LABEL.test(el.textContent ?? '') || (INLINE.has(el.tagName) && textBefore(el) > 0)) continue;
    const box = [el, ...nodesAfter(el, content)];
    const chars = box.reduce((n, node) => n + collapsedTrimmedLength(node.textContent ?? ''), 0);
    if (chars > MAX_BOX_CHARS || chars > total * MAX_BOX_SHARE) continue;
    for (const node of box) node.parentNode?.removeChild(node);
    return;
  }
}
