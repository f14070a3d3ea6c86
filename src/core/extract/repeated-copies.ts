import { collapseWhitespace } from '../text/collapse-whitespace';
import { splitPoint } from '../dom/split-point';
import { tagAndClass } from '../dom/attribute-value';

// Shops and listings print some blocks twice (a grid for small screens and one
// for large, a menu of categories above and below the grid), and CSS shows only
// one; a copy of the page sees both. A block shorter than this may repeat for
// real (the same condition printed under each coupon).
const MIN_COPY_CHARS = 100;
// A copy of one line (one paragraph) counts only in another parent: said twice in one parent, it repeats itself on purpose.
const MIN_LINES = 2;
// Inside these a repeat is the content's own (a footnote citing the same book
// as the one before it, a table row equal to another); so is a block holding
// code (the same parameters under each endpoint of an API reference).
const NEVER_COPY = new Set(['LI', 'TD', 'TH', 'DD']);
const CODE = new Set(['PRE', 'CODE']);

// Each block's text is reduced to a polynomial hash of its words, built from its
// children's hashes, so the tree is read once; a match is checked on the text.
const MOD = 67_108_859; // a prime below 2^26: a product of two residues stays exact in a double
const BASE = 31_337;

interface Shape { hash: number; words: number; chars: number; lines: number; code: boolean }

function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (h * 131 + word.charCodeAt(i)) % MOD;
  return h + 1;
}

/** The elements under root (root first), parents before their children. */
function preorder(root: Element): Element[] {
  const order: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop() as Element;
    order.push(el);
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return order;
}

/** Each element's hash, word count, text length, number of children holding text and whether it holds code, children read before parents. */
function shapes(order: Element[]): Map<Element, Shape> {
  const powers = [1];
  const power = (n: number): number => {
    for (let last = powers[powers.length - 1] ?? 1; powers.length <= n; ) powers.push((last = (last * BASE) % MOD));
    return powers[n] ?? 1;
  };
  const shapeOf = new Map<Element, Shape>();
  for (const el of [...order].reverse()) {
    const shape: Shape = { hash: 0, words: 0, chars: 0, lines: 0, code: CODE.has(el.tagName.toUpperCase()) };
    const append = (hash: number, words: number, chars: number): void => {
      if (!words) return;
      shape.hash = (shape.hash * power(words) + hash) % MOD;
      shape.chars += chars + (shape.words ? 1 : 0);
      shape.words += words;
    };
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        for (const word of (node.nodeValue ?? '').match(/\S+/g) ?? []) append(wordHash(word), 1, word.length);
      } else if (node.nodeType === 1) {
        const child = shapeOf.get(node as Element);
        if (!child) continue;
        if (child.code) shape.code = true;
        if (child.words) { append(child.hash, child.words, child.chars); shape.lines++; }
      }
    }
    shapeOf.set(el, shape);
  }
  return shapeOf;
}

/**
 * True when the later block copies the earlier one: not when it is the same part
 * of two items of one list (each plan of a pricing table lists the same features).
 */
function isCopy(earlier: Element, later: Element): boolean {
  const items = splitPoint(earlier, later);
  if (!items) return false;
  return items[1] === later || tagAndClass(items[0]) !== tagAndClass(items[1]);
}

/**
 * Removes from a non-article's content each block whose text
 * is the same as a block before it, so a copied grid or list is read once.
 * Blocks are compared outermost first: a copied grid goes whole, not tile by tile.
 * A single paragraph copied into another block goes too (a description or a
 * hero's line printed for phones and for desktops). A block holding the page's title stays.
 */
export function removeRepeatedCopies(content: Element): void {
  const order = preorder(content);
  const shapeOf = shapes(order);
  const first = new Map<string, Element[]>();
  // Elements gone with a removed block, and elements inside a list item or a cell.
  const removed = new Set<Element>();
  const sheltered = new Set<Element>();
  const text = (e: Element): string => collapseWhitespace(e.textContent ?? '');
  for (const el of order) {
    const parent = el === content ? null : el.parentElement;
    if (parent && removed.has(parent)) { removed.add(el); continue; }
    if ((parent && sheltered.has(parent)) || NEVER_COPY.has(el.tagName.toUpperCase())) { sheltered.add(el); continue; }
    const shape = shapeOf.get(el);
    if (!parent || !shape || shape.code || shape.chars < MIN_COPY_CHARS) continue;
    const oneLine = shape.lines < MIN_LINES;
    const key = `${shape.hash} ${shape.words} ${shape.chars}`;
    const earlier = first.get(key);
    const copies = (e: Element): boolean => (!oneLine || e.parentElement !== parent) && text(e) === text(el) && isCopy(e, el);
    if (earlier?.some(copies) && !el.querySelector('h1')) {
      removed.add(el);
      el.remove();
    } else if (earlier) earlier.push(el);
    else first.set(key, [el]);
  }
}
