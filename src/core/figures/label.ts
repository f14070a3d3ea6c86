/**
 * A short phrase, from the figure's own clause, of what it measures: the words just before
 * the figure and a few after, without the figure itself ("Le premier avait injecté … dans le second").
 */
import { sentenceAt } from './context';

const CLAUSE_BREAK = /[,;:()«»"“”—–，、；：（）]/;
const BEFORE_WORDS = 6;
const AFTER_WORDS = 4;
const MAX_CHARS = 60;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

export function labelFor(text: string, offset: number, raw: string): string {
  const [s, e] = sentenceAt(text, offset);
  const sentenceLeft = text.slice(s, offset);
  const sentenceRight = text.slice(offset + raw.length, e).replace(/[.!?。！？]\s*$/, '');
  let left = sentenceLeft.split(CLAUSE_BREAK).pop() ?? '';
  let right = sentenceRight.split(CLAUSE_BREAK)[0] ?? '';
  // "(10 000 postes)": a figure alone in its clause takes the words of its sentence.
  if (!left.trim() && !right.trim()) {
    left = sentenceLeft.replace(/[\s(（]+$/u, '');
    right = sentenceRight.replace(/^[\s)）]+/u, '');
  }
  left = left.trim();
  right = right.trim();
  const before = words(left).slice(-BEFORE_WORDS);
  const after = words(right).slice(0, before.length ? AFTER_WORDS : AFTER_WORDS + BEFORE_WORDS);
  const join = (): string => [...before, ...(before.length && after.length ? ['…'] : []), ...after].join(' ');
  // Long words: drop the farthest ones until the label fits.
  while (join().length > MAX_CHARS && before.length + after.length > 2) {
    if (before.length > after.length) before.shift();
    else after.pop();
  }
  const label = join();
  if (label.length <= MAX_CHARS) return label;
  // Scripts without spaces: the characters nearest to the figure on each side.
  const half = MAX_CHARS / 2;
  return `${left.slice(-half)}…${right.slice(0, half)}`.trim();
}
