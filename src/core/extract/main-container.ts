import { collapsedLength } from '../text/collapsed-length';

/** Text measures of an element: all its text, and the part that is not inside links. */
export interface TextWeight {
  chars: number;
  plainChars: number;
}

/** Measures every element under root in one walk; whitespace runs count as one character. */
export function measureText(root: Element): Map<Element, TextWeight> {
  const weights = new Map<Element, TextWeight>();
  const walk = (el: Element, inLink: boolean): TextWeight => {
    const own: TextWeight = { chars: 0, plainChars: 0 };
    const link = inLink || el.tagName === 'A';
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const n = collapsedLength(child.nodeValue ?? '');
        own.chars += n;
        if (!link) own.plainChars += n;
      } else if (child.nodeType === 1) {
        const w = walk(child as Element, link);
        own.chars += w.chars;
        own.plainChars += w.plainChars;
      }
    }
    weights.set(el, own);
    return own;
  };
  walk(root, false);
  return weights;
}

// A child holding this share of its parent's text is where the content continues.
const DOMINANT_SHARE = 0.6;

/** The smallest element that still holds most of the page's text, as `measure` counts it. */
export function dominantBlock(body: Element, weights: Map<Element, TextWeight>, measure: (weight: TextWeight) => number): Element {
  let node = body;
  for (;;) {
    const weight = weights.get(node);
    const total = weight ? measure(weight) : 0;
    let best: Element | null = null;
    let bestChars = 0;
    for (const child of Array.from(node.children)) {
      const childWeight = weights.get(child);
      const chars = childWeight ? measure(childWeight) : 0;
      if (chars > bestChars) { best = child; bestChars = chars; }
    }
    if (!best || bestChars < total * DOMINANT_SHARE) return node;
    node = best;
  }
}

/**
 * The smallest element that still holds most of the page's plain (non-link)
 * text: it finds the thread of a forum or the body of a product page, where
 * Readability keeps only the single best-scoring block.
 */
export function mainContainer(body: Element, weights: Map<Element, TextWeight>): Element {
  return dominantBlock(body, weights, (weight) => weight.plainChars);
}
