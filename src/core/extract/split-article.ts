import { collapseWhitespace } from '../text/collapse-whitespace';
import { isCutShort } from '../text/cut-short';
import { textNodes } from '../dom/text-nodes';

// Readability keeps one block and its best siblings: a listicle whose items sit
// in sibling sections loses most of them. Between the vote's floor and this
// share of the main container's plain text, the container may win instead.
export const SPLIT_ARTICLE_MAX_SHARE = 0.6;
// A paragraph of prose, not a label or a caption.
const LONG_PARAGRAPH = 120;
// A list of three items or more of a sentence each (steps, a checklist) is prose too.
const LONG_ITEM = 40;
const MIN_LONG_ITEMS = 3;
// The container must hold nearly all of Readability's prose: otherwise it is
// another part of the page (teasers of other stories) and not the rest of this one.
const KEPT_SHARE = 0.8;
// And Readability's prose must be under this share of the container's.
const READABLE_PROSE_SHARE = 0.7;

/** The first text of the element, or null when it has none. */
function firstText(el: Element): Text | null {
  for (const node of textNodes(el)) if ((node.nodeValue ?? '').trim()) return node;
  return null;
}

function inLink(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) if (el.tagName === 'A') return true;
  return false;
}

/**
 * An item that opens with a link (another story's headline before its summary)
 * or whose summary is cut short: a teaser, not a step of this article.
 */
function isTeaser(li: Element, text: string): boolean {
  if (isCutShort(text)) return true;
  const first = firstText(li);
  return first !== null && inLink(first, li);
}

/** The texts of the long paragraphs, and of the items of lists of sentences (not teasers). */
function proseTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const p of Array.from(root.getElementsByTagName('p'))) {
    const text = collapseWhitespace(p.textContent ?? '');
    if (text.length >= LONG_PARAGRAPH) texts.push(text);
  }
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items: string[] = [];
    for (const li of Array.from(list.children)) {
      if (li.tagName !== 'LI' || li.querySelector('ul, ol, p')) continue;
      const text = collapseWhitespace(li.textContent ?? '');
      if (text.length >= LONG_ITEM && !isTeaser(li, text)) items.push(text);
    }
    if (items.length >= MIN_LONG_ITEMS) texts.push(...items);
  }
  return texts;
}

/**
 * True when the container is Readability's article and more of it: it holds
 * nearly every paragraph and list item of prose Readability kept, and much it left out.
 */
export function continuesArticle(readable: Element, container: Element): boolean {
  const kept = new Set(proseTexts(readable));
  if (!kept.size) return false;
  let shared = 0;
  let sharedChars = 0;
  let allChars = 0;
  for (const text of proseTexts(container)) {
    allChars += text.length;
    if (kept.has(text)) { shared++; sharedChars += text.length; }
  }
  return shared >= kept.size * KEPT_SHARE && sharedChars < allChars * READABLE_PROSE_SHARE;
}
