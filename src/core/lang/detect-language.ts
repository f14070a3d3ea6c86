/**
 * Language of a text from its script and its most frequent function words.
 * Covers the languages the figures recogniser reads; null when unsure.
 */
import { STOPWORDS } from './stopwords';

const MIN_HITS = 3;

function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, 2000);
  const kana = (sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const hangul = (sample.match(/\p{Script=Hangul}/gu) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length || 1;
  if (kana > 0.05 * letters) return 'ja';
  if (han > 0.3 * letters) return traditional(sample) ? 'zh-TW' : 'zh';
  if (hangul > 0.3 * letters) return 'ko';
  return null;
}

// Common characters that differ between traditional and simplified script.
const TRADITIONAL = /[們這會個來時說為國學對於與經後過還當發錢開關頭體實點樣讓]/gu;
const SIMPLIFIED = /[们这会个来时说为国学对于与经后过还当发钱开关头体实点样让]/gu;

function traditional(sample: string): boolean {
  return (sample.match(TRADITIONAL) ?? []).length > (sample.match(SIMPLIFIED) ?? []).length;
}

export function detectLanguage(text: string): string | null {
  const script = scriptLanguage(text);
  if (script) return script;
  const counts = new Map<string, number>();
  const words = text.slice(0, 5000).toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const w of words) {
    const langs = STOPWORDS.get(w);
    if (langs) for (const l of langs) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [l, n] of counts) if (n > bestCount) { best = l; bestCount = n; }
  return bestCount >= MIN_HITS ? best : null;
}
