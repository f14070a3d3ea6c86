/**
 * One entry per fact. A later mention with the same value and unit is the same fact
 * when it is an amount of money, written in words ("10 Md$" … "dix milliards") or its unit was inferred;
 * a same-looking number in a different context stays ("3.5 percent" growth, "3.5 percent" guidance).
 */
import type { Candidate } from './candidate';
import { isMoney } from './unit-kinds';

export interface Fact extends Candidate {
  mentions: number;
}

// Percentages and index points often coincide across different facts.
const SHARED_VALUES = /^(?:%|pp|points)$/;

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

export function dedupe(found: Candidate[]): Fact[] {
  const facts: Fact[] = [];
  for (const c of [...found].sort((a, b) => a.offset - b.offset)) {
    const same = facts.find((f) => f.unit === c.unit && close(f.value, c.value) && f.raw !== c.raw);
    const repeat = SHARED_VALUES.test(c.unit) ? undefined
      : facts.find((f) => f.unit === c.unit && close(f.value, c.value) && f.raw === c.raw && f.offset !== c.offset);
    const rangeTwin = facts.find((f) => f.offset === c.offset && f.raw === c.raw && close(f.value, c.value));
    if (rangeTwin) continue;
    const merged = same && (c.words || c.inherited || same.words || same.inherited || isMoney(c.unit)) ? same : repeat;
    if (merged) { merged.mentions++; continue; }
    facts.push({ ...c, mentions: 1 });
  }
  return facts;
}
