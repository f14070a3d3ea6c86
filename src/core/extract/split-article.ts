import { collapseWhitespace } from '../text/collapse-whitespace';

// Readability keeps one block and its best siblings: a listicle whose items sit
// in sibling sections loses most of them. Between the vote's floor and this
// share of the main container's plain text, the container may win instead.
export const SPLIT_ARTICLE_MAX_SHARE = 0.6;
// A paragraph of prose, not a label or a caption.
const LONG_PARAGRAPH = 120;
// The container must hold nearly all of Readability's paragraphs: otherwise it is
// another part of the page (teasers of other stories) and not the rest of this one.
const KEPT_SHARE = 0.8;
// And Readability's paragraphs must be under this share of the container's prose.
const READABLE_PROSE_SHARE = 0.7;

function longParagraphs(root: Element): string[] {
  const texts: string[] = [];
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const text = collapseWhitespace(p.textContent ?? '');
    if (text.length >= LONG_PARAGRAPH) texts.push(text);
  }
  return texts;
}

/**
 * True when the container is Readability's article and more of it: it holds
 * nearly every long paragraph Readability kept, and much prose Readability left out.
 */
export function continuesArticle(readable: Element, container: Element): boolean {
  const kept = new Set(longParagraphs(readable));
  if (!kept.size) return false;
  let shared = 0;
  let sharedChars = 0;
  let allChars = 0;
  for (const text of longParagraphs(container)) {
    allChars += text.length;
    if (kept.has(text)) { shared++; sharedChars += text.length; }
  }
  return shared >= kept.size * KEPT_SHARE && sharedChars < allChars * READABLE_PROSE_SHARE;
}
