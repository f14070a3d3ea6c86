// Scripts written without spaces between words: indexed as overlapping pairs of characters.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents, so "Économie" is found by "economie". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).match(WORD) ?? []) {
    if (!UNSPACED.test(word)) { out.push(word); continue; }
    const chars = Array.from(word);
    if (chars.length === 1) out.push(word);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The distinct folded words of some texts, as " word1 word2 … " (a space on each side of every word). */
export function searchTerms(texts: string[]): string {
  const unique = new Set<string>();
  for (const text of texts) for (const token of tokens(text)) unique.add(token);
  return ` ${Array.from(unique).join(' ')} `;
}

/** The query as needles for `terms.includes`: each word must start a word of the article. */
export function queryNeedles(query: string): string[] {
  return Array.from(new Set(tokens(query))).map((token) => ` ${token}`);
}

export function matchesNeedles(terms: string, needles: string[]): boolean {
  for (const needle of needles) if (!terms.includes(needle)) return false;
  return true;
}
