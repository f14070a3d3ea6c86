/**
 * Orders facts by what a reader wants in a five-to-eight line summary: money, percentages
 * and counts of people or jobs first, early in the article, in a sentence that reports a
 * change or a total, stated more than once; durations, small counts in words and inferred
 * units last. Facts below MIN_SCORE are incidental and left out.
 */
import type { Fact } from './dedup';
import type { Features } from './features';
import { isCount, isDuration, isMoney } from './unit-kinds';

const HUMAN = new Set(['people', 'deaths', 'jobs', 'employees', 'injured', 'victims', 'users', 'customers', 'passengers',
  'refugees', 'migrants', 'cases', 'patients', 'troops', 'votes', 'visitors', 'students', 'members', 'subscribers', 'homes']);
const SPECIAL: Record<string, number> = { '%': 2.4, pp: 2.2, points: 1.6, x: 1.2, rank: 1.6 };
/** "$1.1075": four decimals quote an exchange rate, background to a markets story. */
const FX_QUOTE = /[.,]\d{4}\b/;
/** Sizes of things (ft, in, cm) say less than their power, energy, range or weight. */
const DIMENSIONS = new Set(['ft', 'in', 'cm', 'mm', 'm', 'ft3', 'm2', 'm3', 'L']);

export const MIN_SCORE = 2;

function kindWeight(f: Fact): number {
  if (isMoney(f.unit)) return FX_QUOTE.test(f.raw) ? 2 : 3;
  // An index level (Dow at 27,934.02) says more than a move of a few points.
  if (f.unit === 'points' && f.value >= 1000) return 2.4;
  const special = SPECIAL[f.unit];
  if (special !== undefined) return special;
  if (isDuration(f.unit)) return 1;
  if (DIMENSIONS.has(f.unit)) return 1.2;
  if (HUMAN.has(f.unit)) return 2.4;
  return 1.8;
}

export interface Scored {
  fact: Fact;
  score: number;
}

/** "20-inch wheels", "80-percent charge": a figure used as an adjective describes, it rarely headlines. */
const COMPOUND = /^\d[\d.,]*-\p{L}/u;

function salience(f: Fact, textLength: number, x: Features): number {
  let score = kindWeight(f);
  const position = textLength ? f.offset / textLength : 0;
  score += 0.8 * (1 - position);
  if (x.signal) score += 0.6;
  if (x.breakdown) score -= 0.8;
  if (x.expected) score -= 1.2;
  if (f.range) score -= 0.8;
  if (f.context) score -= 0.8;
  if (isCount(f.unit)) score += 0.3 * Math.min(3, x.sameUnit);
  if (f.mentions > 1) score += 0.5;
  if (f.inherited) score -= 0.8;
  if (f.words && f.value < 10) score -= 0.5;
  if (f.words && f.unit === '%') score -= 1.2;
  if (COMPOUND.test(f.raw)) score -= 0.6;
  if (isMoney(f.unit) && f.value >= 1e6) score += 0.4 + 0.05 * Math.log10(f.value);
  if (f.unit !== 'rank' && f.value === 1) score -= 0.5;
  return score;
}

export function rank(facts: Fact[], textLength: number, features: (f: Fact) => Features): Scored[] {
  return facts
    .map((fact) => ({ fact, score: salience(fact, textLength, features(fact)) }))
    .sort((a, b) => b.score - a.score || a.fact.offset - b.fact.offset);
}
