/** What the sentence around a fact says about its importance. */
import type { Grammar } from './grammar';
import type { Fact } from './dedup';
import { sentenceAt } from './context';

export interface Features {
  /** The sentence reports a change, a total, a price, a toll. */
  signal: boolean;
  /** The fact details a figure just given: "206 passagers, dont 12 enfants". */
  breakdown: boolean;
  /** The clause gives someone's forecast, not the fact: "analysts were expecting $2.52". */
  expected: boolean;
  /** Other facts counting the same thing: the article's subject ("aircraft" in an orders story). */
  sameUnit: number;
}

const CLAUSE_START = /[,;:(]|—|–/g;

export function featuresOf(g: Grammar, text: string, facts: Fact[]): (f: Fact) => Features {
  const units = new Map<string, number>();
  for (const f of facts) units.set(f.unit, (units.get(f.unit) ?? 0) + 1);
  return (f) => {
    const [s, e] = sentenceAt(text, f.offset);
    const before = text.slice(s, f.offset);
    const lead = before.split(CLAUSE_START).at(-1) ?? '';
    const tail = text.slice(f.offset, e).split(CLAUSE_START)[0] ?? '';
    return {
      signal: g.signals.all(text.slice(s, e)).length > 0,
      breakdown: g.breakdown.all(lead).length > 0,
      expected: g.expectations.all(lead + tail).length > 0,
      sameUnit: (units.get(f.unit) ?? 1) - 1,
    };
  };
}
