/** A short phrase, from the figure's own clause, of what it measures. */
import { sentenceAt } from './context';

const CLAUSE_BREAK = /[,;:()«»"“”—–]/;
const MAX_WORDS = 8;
const MAX_CHARS = 80;

export function labelFor(text: string, offset: number, raw: string): string {
  const [s, e] = sentenceAt(text, offset);
  const before = text.slice(s, offset);
  const after = text.slice(offset + raw.length, e);
  const left = before.split(CLAUSE_BREAK).pop() ?? '';
  const right = after.split(CLAUSE_BREAK)[0] ?? '';
  const words = (left.trim() + ' ' + raw + ' ' + right.trim()).replace(/[.!?。]$/, '').split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => raw.startsWith(w) || w.startsWith(raw.split(/\s/)[0] ?? raw));
  const from = Math.max(0, Math.min(at - 4, words.length - MAX_WORDS));
  const label = words.slice(from, from + MAX_WORDS).join(' ').trim();
  if (label.length <= MAX_CHARS) return label;
  // Scripts without spaces: a window of characters around the figure.
  const at2 = label.indexOf(raw);
  const start = Math.max(0, Math.min(at2 - 12, label.length - MAX_CHARS));
  return label.slice(start, start + MAX_CHARS).trim();
}
