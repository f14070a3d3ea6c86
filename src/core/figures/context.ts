/** Small lookarounds shared by the recognisers. */

const SPACE = /[ \t\u00a0\u202f]*/y;

/** Position after horizontal whitespace (never crosses a line break). */
export function skipSpace(text: string, pos: number): number {
  SPACE.lastIndex = pos;
  SPACE.exec(text);
  return SPACE.lastIndex;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}％]/u;
export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

const LETTER = /\p{L}/u;
export function isLetter(ch: string | undefined): boolean {
  return !!ch && LETTER.test(ch);
}

const ALNUM = /[\p{L}\p{N}]/u;
export function isAlnum(ch: string | undefined): boolean {
  return !!ch && ALNUM.test(ch);
}

const WORD_BEFORE = /([\p{L}][\p{L}\p{M}&.'’-]*)[ \u00a0\u202f]+$/u;
/** The word right before `pos`, separated by spaces only. */
export function wordBefore(text: string, pos: number): { word: string; start: number } | null {
  const from = Math.max(0, pos - 40);
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  return m?.[1] ? { word: m[1], start: from + m.index } : null;
}

/** True when `pos` starts a sentence (text start, or after . ! ? and a space, or a line break). */
export function startsSentence(text: string, pos: number): boolean {
  const before = text.slice(Math.max(0, pos - 4), pos);
  return pos === 0 || /(?:[.!?:»"”]\s+|\n\s*|^\s*)$/.test(before);
}

/** Bounds of the sentence containing `pos`. */
export function sentenceAt(text: string, pos: number): [number, number] {
  const stop = /[.!?](?=\s|$)|[。！？]|\n/g;
  let start = 0;
  for (const m of text.matchAll(stop)) {
    const end = m.index + m[0].length;
    if (end > pos) return [start, end];
    start = end;
  }
  return [start, text.length];
}
