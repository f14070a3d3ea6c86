/**
 * Gives a bare number the unit its sentence implies, or drops it:
 * "2 209 Français … tandis que 393 …" → 393 people; "fell 102.2 points … to 27,934.02" → points.
 * A scaled bare number ("les dix milliards") takes the currency of the money figure before it.
 */
import type { Candidate } from './candidate';
import { sentenceAt } from './context';
import { isCount, isMoney } from './unit-kinds';

export function inheritUnits(text: string, found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => a.offset - b.offset);
  const out: Candidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i] as Candidate;
    if (c.unit) { out.push(c); continue; }
    // "Arno Antlitz (53)": a bare number in parentheses is an age or a reference.
    if (text[c.offset - 1] === '(' && text[c.offset + c.raw.length] === ')') continue;
    // "1 500 intérimaires": an unlisted plural noun follows, so the count is of something else.
    if (/^[ \u00a0]+\p{Ll}+[sx](?![\p{L}])/u.test(text.slice(c.offset + c.raw.length, c.offset + c.raw.length + 24))) continue;
    const [s, e] = sentenceAt(text, c.offset);
    const before = sorted.slice(0, i).reverse();
    const sameSentence = before.filter((p) => p.offset >= s && p.unit);
    const count = sameSentence.find((p) => isCount(p.unit));
    if (count) { out.push({ ...c, unit: count.unit, inherited: true }); continue; }
    const lead = text.slice(Math.max(s, c.offset - 4), c.offset);
    const indexLevel = /\b(?:to|at)\s$/.test(lead) && /\d[.,]\d\d$/.test(c.raw);
    if (indexLevel && sorted.some((p) => p.unit === 'points' && p.offset >= s && p.offset < e)) {
      out.push({ ...c, unit: 'points' });
      continue;
    }
    // "la mise atteindrait les dix milliards": a scaled number restating an amount, or next to one.
    const money = c.value >= 1e6 ? before.find((p) => isMoney(p.unit) && (p.value === c.value || p.offset >= s)) : undefined;
    if (money) out.push({ ...c, unit: money.unit, inherited: true });
  }
  return out;
}
