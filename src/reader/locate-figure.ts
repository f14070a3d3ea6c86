import type { KeyFigure } from '../core/types';

const BLOCKS = /^(P|LI|H[1-6]|BLOCKQUOTE|FIGCAPTION|TD|TH|DT|DD|PRE|DIV|SECTION|ARTICLE|TR)$/;

interface Flat {
  text: string;
  /** For each character of `text`, the text node and offset it came from (null for inserted breaks). */
  at: ({ node: Text; offset: number } | null)[];
}

/**
 * The sentence of the rendered article where a figure is said. Figures carry an
 * offset into the article's plain text; the rendered DOM has other whitespace,
 * so the figure is found as the same occurrence of its raw text instead.
 */
export function findFigureSentence(root: Element, articleText: string, figure: Pick<KeyFigure, 'raw' | 'offset'>): Range | null {
  const raw = collapse(figure.raw);
  if (!raw) return null;
  const occurrence = countOccurrences(collapse(articleText.slice(0, figure.offset)), raw);
  const flat = flatten(root);
  let index = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    index = flat.text.indexOf(raw, index + 1);
    if (index < 0) return null;
  }
  const [start, end] = sentenceAround(flat.text, index, index + raw.length);
  const first = flat.at.slice(start, end).find(Boolean);
  const last = flat.at.slice(start, end).reverse().find(Boolean);
  if (!first || !last) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(first.node, first.offset);
  range.setEnd(last.node, last.offset + 1);
  return range;
}

function flatten(root: Element): Flat {
  const flat: Flat = { text: '', at: [] };
  const push = (char: string, where: Flat['at'][number]) => {
    if (/\s/.test(char)) {
      if (flat.text.endsWith(' ') || flat.text.endsWith('\n') || flat.text === '') return;
      char = ' ';
    }
    flat.text += char;
    flat.at.push(where);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const value = (child as Text).data;
        for (let i = 0; i < value.length; i++) push(value[i]!, { node: child as Text, offset: i });
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const block = BLOCKS.test((child as Element).tagName);
        if (block) breakLine();
        walk(child);
        if (block) breakLine();
      }
    }
  };
  const breakLine = () => {
    if (flat.text.endsWith(' ')) {
      flat.text = flat.text.slice(0, -1);
      flat.at.pop();
    }
    if (flat.text && !flat.text.endsWith('\n')) {
      flat.text += '\n';
      flat.at.push(null);
    }
  };
  walk(root);
  return flat;
}

/** From the end of the previous sentence (or line) to the end of this one. */
function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && text[start - 1] !== '\n' && !/[.!?。！？]\s$/.test(text.slice(start - 2, start))) start--;
  let end = to;
  while (end < text.length && text[end] !== '\n' && !/[.!?。！？]/.test(text[end - 1] ?? '')) end++;
  return [start, end];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function countOccurrences(text: string, part: string): number {
  let count = 0;
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) count++;
  return count;
}
