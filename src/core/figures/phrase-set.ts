/** Finds the longest listed phrase at, or just before, a position in a text. */

// Latin-like word characters need word boundaries; CJK text has no spaces between words.
const WORD = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const bounded = (ch: string | undefined): boolean => !!ch && WORD.test(ch) && !CJK.test(ch);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\u00a0\\u202f]+');
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const STEM_END = '[\\p{L}\\p{M}]*';

/**
 * Keys longest first, grouped by the word boundaries they need so that each boundary
 * class is compiled once (a boundary per key makes cold compilation slow).
 * `wordStart` also requires a boundary before (not wanted where the caller picks the position: "12.9bn").
 */
function alternation(keys: string[], wordStart: boolean, prefixes: boolean): string {
  const groups = new Map<string, string[]>();
  for (const k of [...keys].sort((a, b) => b.length - a.length)) {
    const lead = wordStart && bounded(k[0]) ? BEFORE : '';
    const tail = prefixes ? STEM_END : bounded(k.at(-1)) ? AFTER : '';
    const id = lead + '|' + tail;
    groups.set(id, [...(groups.get(id) ?? []), escape(k)]);
  }
  return [...groups].map(([id, list]) => {
    const [lead, tail] = id.split('|');
    return `${lead}(?:${list.join('|')})${tail}`;
  }).join('|');
}

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
}

export class PhraseSet<T> {
  private readonly at: RegExp;
  private readonly before: RegExp;
  private readonly global: RegExp;
  private readonly map = new Map<string, T>();

  /** `prefixes`: keys are word stems ("invest" finds "investissement"); values are then looked up by stem. */
  constructor(entries: Record<string, T>, private readonly caseSensitive = false, private readonly prefixes = false) {
    const keys = Object.keys(entries);
    for (const k of keys) this.map.set(this.key(k), entries[k] as T);
    const alt = keys.length ? alternation(keys, false, prefixes) : '(?!)';
    const words = keys.length ? alternation(keys, true, prefixes) : '(?!)';
    const flags = caseSensitive ? 'uy' : 'iuy';
    this.at = new RegExp(`(?:${alt})`, flags);
    this.global = new RegExp(`(?:${words})`, flags.replace('y', 'g'));
    this.before = new RegExp(`(?:${words})[\\s\\u00a0\\u202f]*$`, flags.replace('y', ''));
  }

  private key(s: string): string {
    const k = s.replace(/[\s\u00a0\u202f]+/g, ' ');
    return this.caseSensitive ? k : k.toLowerCase();
  }

  private lookup(matched: string): T | undefined {
    const k = this.key(matched);
    if (!this.prefixes) return this.map.get(k);
    for (let n = k.length; n > 0; n--) {
      const v = this.map.get(k.slice(0, n));
      if (v !== undefined) return v;
    }
    return undefined;
  }

  /** The phrase starting exactly at `pos`. */
  matchAt(text: string, pos: number): PhraseMatch<T> | null {
    this.at.lastIndex = pos;
    const m = this.at.exec(text);
    if (!m) return null;
    const value = this.lookup(m[0]);
    return value === undefined ? null : { value, start: pos, end: pos + m[0].length };
  }

  /** Every non-overlapping phrase in the text that starts a word. */
  all(text: string): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (const m of text.matchAll(this.global)) {
      const value = this.lookup(m[0]);
      if (value !== undefined) out.push({ value, start: m.index, end: m.index + m[0].length });
    }
    return out;
  }

  /** The phrase ending at `pos`, allowing whitespace in between. */
  matchBefore(text: string, pos: number, window = 40): PhraseMatch<T> | null {
    const from = Math.max(0, pos - window);
    const m = this.before.exec(text.slice(from, pos));
    if (!m) return null;
    const value = this.lookup(m[0].trimEnd());
    return value === undefined ? null : { value, start: from + m.index, end: pos };
  }
}

export function phraseList(words: string[], prefixes = false): PhraseSet<true> {
  return new PhraseSet(Object.fromEntries(words.map((w) => [w, true as const])), false, prefixes);
}
