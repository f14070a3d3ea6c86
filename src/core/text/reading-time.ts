// Characters of scripts written without spaces between words: kana and Han.
// Korean puts spaces between words, so Hangul is counted by words.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

/** Words and reading time of a text, each CJK character counted as one word (how CJK reading speed is measured). */
export function readingStats(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const minutes = words / WORDS_PER_MINUTE + cjk / CJK_CHARS_PER_MINUTE;
  return { wordCount: cjk + words, readingMinutes: text.trim() ? Math.max(1, Math.round(minutes)) : 0 };
}
