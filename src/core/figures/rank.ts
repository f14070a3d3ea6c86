/**
 * Orders facts by what a reader wants in a five-to-eight line summary: money, percentages
 * and counts of people or jobs first, early in the article, stated more than once;
 * durations, small counts in words and inferred units last.
 */
import type { Fact } from './dedup';

const MONEY = /^[A-Z]{3}$/;
const HUMAN = new Set(['people', 'deaths', 'jobs', 'employees', 'injured', 'victims', 'users', 'customers', 'passengers', 'children',
  'refugees', 'migrants', 'cases', 'patients', 'troops', 'votes', 'visitors', 'students', 'members', 'subscribers', 'households', 'homes']);
const SPECIAL: Record<string, number> = { '%': 2.4, pp: 2.2, points: 1.6, x: 1.2, rank: 1.6 };
const TIME = new Set(['years', 'months', 'weeks', 'days', 'h', 'min', 's', 'decades']);

function kindWeight(f: Fact): number {
  if (MONEY.test(f.unit)) return 3;
  const special = SPECIAL[f.unit];
  if (special !== undefined) return special;
  if (TIME.has(f.unit)) return 1;
  if (HUMAN.has(f.unit)) return 2.4;
  if (/^[a-z]+[a-z ]*$/.test(f.unit) && f.unit.length > 3) return 1.8;
  return 1.7;
}

export function salience(f: Fact, textLength: number): number {
  let score = kindWeight(f);
  const position = textLength ? f.offset / textLength : 0;
  score += 1.2 * (1 - position);
  if (f.mentions > 1) score += 0.5;
  if (f.inherited) score -= 0.8;
  if (f.words && f.value < 10) score -= 0.5;
  if (MONEY.test(f.unit) && f.value >= 1e6) score += 0.4;
  if (f.unit !== 'rank' && f.value === 1) score -= 0.5;
  return score;
}

export function rank(facts: Fact[], textLength: number): Fact[] {
  return facts
    .map((f) => ({ f, s: salience(f, textLength) }))
    .sort((a, b) => b.s - a.s || a.f.offset - b.f.offset)
    .map((x) => x.f);
}
