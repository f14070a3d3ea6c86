// Scripts written without spaces between words: indexed as overlapping pairs of characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}]+/gu;
// Cheap first test: no character from Thai (U+0E00) up, so no unspaced script. Saves a Unicode-property test per word.
const MAYBE_UNSPACED = /[^\u0000-\u0dff]/;

/** Lower case without accents, so "Économie" is found by "economie". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function addTokens(text: string, out: Set<string>): void {
  const seen = new Set<string>();
  for (const word of fold(text).match(WORD) ?? []) {
    if (seen.has(word)) continue;
    seen.add(word);
    if (!MAYBE_UNSPACED.test(word) || !UNSPACED.test(word)) { out.add(word); continue; }
    const chars = Array.from(word);
    if (chars.length === 1) out.add(word);
    for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  }
}

/** The distinct folded words of some texts, as " word1 word2 … " (a space on each side of every word). */
export function searchTerms(texts: string[]): string {
  const unique = new Set<string>();
  for (const text of texts) addTokens(text, unique);
  return ` ${Array.from(unique).join(' ')} `;
}

/** The query as needles for `terms.includes`: each word must start a word of the article. */
export function queryNeedles(query: string): string[] {
  const unique = new Set<string>();
  addTokens(query, unique);
  return Array.from(unique, (token) => ` ${token}`);
}

export function matchesNeedles(terms: string, needles: string[]): boolean {
  for (const needle of needles) if (!terms.includes(needle)) return false;
  return true;
}
