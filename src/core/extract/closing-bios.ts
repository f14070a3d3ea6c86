import { collapsedTrimmedLength } from '../text/collapsed-length';
import { collapseWhitespace } from '../text/collapse-whitespace';
import { nodesAfter } from '../dom/nodes-after';

// A contributor's line closing an opinion piece, set in italics: "Jane Doe, MD, is a
// professor of…", "(John Roe is an attorney at…)". The name opens it, what the writer is
// follows; not a credit or a handle ("Dear Abby is written by…", "Ben Roe is on Twitter at…").
const BIO = /^[(*]?(dr\.?\s+)?\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+){1,3},?(\s+\p{Lu}[\p{L}.]*,)*\s+(is|was|has been|serves as)\s+(a|an|the)\s/u;
const MAX_BIO_CHARS = 600;
// Italics may leave out a space or a bracket around them.
const ITALIC_SHARE = 0.95;

/** Characters of the paragraph's text set in italics (<em>, <i>), outermost ones only. */
function italicChars(p: Element): number {
  let chars = 0;
  for (const el of Array.from(p.querySelectorAll('em, i'))) if (!el.parentElement?.closest('em, i')) chars += collapsedTrimmedLength(el.textContent ?? '');
  return chars;
}

/** No text after the element inside the content: it closes it. */
function closes(el: Element, content: Element): boolean {
  return nodesAfter(el, content).every((node) => !(node.textContent ?? '').trim());
}

function isClosingBio(p: Element): boolean {
  const chars = collapsedTrimmedLength(p.textContent ?? '');
  return chars > 0 && chars <= MAX_BIO_CHARS && italicChars(p) >= chars * ITALIC_SHARE && BIO.test(collapseWhitespace(p.textContent ?? '').trim());
}

/**
 * Removes the italic lines about the writers that close an article (one per
 * writer): they are about the authors, not part of what they wrote.
 */
export function removeClosingBios(content: Element): void {
  const paragraphs = Array.from(content.getElementsByTagName('p'));
  // The first paragraph stays: a page made of a bio is a profile.
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    if (!closes(p, content) || !isClosingBio(p)) return;
    p.remove();
  }
}
