import { textNodes } from '../dom/text-nodes';
import { BLOCK_TAGS } from '../text/html-to-text';

// A word ending in a lower-case letter, then one starting with a capital: two
// items a page lays out apart (a brand and a name, an author and a date, tags
// side by side) whose markup puts no space between them.
const ENDS_LOWER = /\p{Ll}$/u;
const STARTS_UPPER = /^\p{Lu}/u;
// A word, then a number: a count or a time after a label ("1d ago" then "3 min
// read"), a footnote mark after its word ("charge<sup><a>9</a></sup>").
const STARTS_DIGIT = /^\p{N}/u;
// A word in capitals, then a capitalised one: a brand before a product's name
// ("HOKA" then "Clifton 9").
const ENDS_CAPITALS = /\p{Lu}{2}$/u;
const STARTS_CAPITALISED = /^\p{Lu}\p{Ll}/u;
// Code, keys and a program's output: their text is exact.
const CODE = 'pre, code, kbd, samp';

/**
 * Puts a space between two neighbouring inline elements whose texts would
 * otherwise run into one word ("Terrence O'BrienMar 7"): the page sets them
 * apart by style, which the reader does not keep. A word split across
 * elements within one case run ("<b>W</b>ord") is left whole.
 */
export function separateGluedWords(content: Element): void {
  let previous: Text | null = null;
  const gaps: ChildNode[] = [];
  for (const node of textNodes(content)) {
    const value = node.nodeValue ?? '';
    if (!value) continue;
    // The two regex tests first: they rule out most pairs, and closest() compiles its selector on every call.
    if (previous && previous.parentNode !== node.parentNode && runTogether(previous.nodeValue ?? '', node, value) && !inCode(previous) && !inCode(node)) {
      const start = inlineEdge(node, content, 'firstChild');
      // Texts on either side of a block boundary are on lines of their own already.
      if (start && inlineEdge(previous, content, 'lastChild')) gaps.push(start);
    }
    previous = node;
  }
  for (const start of gaps) start.before(' ');
}

/** Code says exactly what it says, a highlighter's spans included. */
const inCode = (node: Text): boolean => Boolean(node.parentElement?.closest(CODE));

/** Whether the text before ends a word that `value`, the text of `node`, would run into. */
function runTogether(before: string, node: Text, value: string): boolean {
  if (ENDS_LOWER.test(before)) return startsApartWord(node, value);
  return ENDS_CAPITALS.test(before) && STARTS_CAPITALISED.test(value);
}

/**
 * Whether `value` starts a word of its own after a lower-case letter: a capital,
 * or a digit unless it is an exponent or index of the word before ("km<sup>2</sup>"
 * with no link, MathML's "c<msup>…2</msup>"), which stays glued as the page reads it.
 */
function startsApartWord(node: Text, value: string): boolean {
  if (STARTS_UPPER.test(value)) return true;
  const parent = node.parentElement;
  if (!STARTS_DIGIT.test(value) || !parent || parent.closest('math')) return false;
  return !parent.closest('sup, sub') || Boolean(parent.closest('a'));
}

/**
 * The outermost node below `root` that `node` starts (or ends), climbing only
 * through inline elements; null when one of them is a block.
 */
function inlineEdge(node: ChildNode, root: Element, edge: 'firstChild' | 'lastChild'): ChildNode | null {
  let at: ChildNode = node;
  for (let parent = at.parentElement; parent && parent !== root && parent[edge] === at; parent = at.parentElement) {
    if (BLOCK_TAGS.has(parent.tagName.toUpperCase())) return null;
    at = parent;
  }
  return at;
}
