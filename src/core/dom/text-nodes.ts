// NodeFilter.SHOW_TEXT: a bare Node DOM has no NodeFilter global.
const SHOW_TEXT = 4;

/** The text nodes under `root`, in document order. */
export function* textNodes(root: Node): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

/** True when a text node under `root` holds a run of at least `chars` characters: a sentence, not a control's label. */
export function holdsTextRun(root: Node, chars: number): boolean {
  for (const node of textNodes(root)) if ((node.nodeValue ?? '').trim().length >= chars) return true;
  return false;
}

/** True when one of el's own text nodes (not its children's) holds more than white space. */
export function holdsOwnText(el: Element): boolean {
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && (node.nodeValue ?? '').trim()) return true;
  return false;
}
