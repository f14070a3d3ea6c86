/** Reads numbers written in digits or in words. */
import type { Lexicon } from './lexicon';

/**
 * Digits with optional thousands groups (narrow/no-break space, apostrophe, dot, comma; a plain
 * space too where the language groups with it: English "400 737 Max" is two numbers) and decimals.
 */
export function digitsPattern(spaceGroups: boolean): RegExp {
  const sep = spaceGroups ? "[ \\u00a0\\u202f'’.,]" : "[\\u00a0\\u202f'’.,]";
  return new RegExp(`(?<![\\p{N}])(?:\\d{1,3}(?:(${sep})\\d{3}(?!\\d))(?:\\1\\d{3}(?!\\d))*(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)`, 'gu');
}

/**
 * Value of a digit string. A lone separator followed by exactly three digits is
 * ambiguous ("1.786", "80.000"): the language's convention decides.
 */
export function parseDigits(raw: string, decimalComma: boolean): number {
  const s = raw.replace(/[ \u00a0\u202f'’]/g, '');
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  let decimal: '.' | ',' | null = null;
  if (dots && commas) decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  else if (dots === 1 || commas === 1) {
    const sep = dots ? '.' : ',';
    const after = s.length - s.indexOf(sep) - 1;
    const groups = after === 3 && s.indexOf(sep) <= 3;
    decimal = groups ? (decimalComma === (sep === ',') ? sep : null) : sep;
  }
  const group = decimal === '.' ? ',' : decimal === ',' ? '.' : null;
  let t = s;
  if (group) t = t.split(group).join('');
  else t = t.replace(/[.,]/g, '');
  if (decimal === ',') t = t.replace(',', '.');
  return Number(t);
}

/** Number words of a language, compounds included ("twenty-five", "zweiundzwanzig", "dvaadvacet"). */
export function numberWords(lex: Lexicon): Record<string, number> {
  const words: Record<string, number> = { ...lex.numbers };
  const c = lex.compound;
  if (!c) return words;
  for (const [t, tv] of Object.entries(c.tens)) {
    words[t] ??= tv;
    for (const [u, uv] of Object.entries(c.units)) {
      words[c.unitsFirst ? u + c.joiner + t : t + c.joiner + u] = tv + uv;
    }
  }
  return words;
}
