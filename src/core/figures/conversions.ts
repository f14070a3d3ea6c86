/**
 * The same fact in two units is one figure: "71,350 euro ($78,770)", "300 kW (402 hp)",
 * "$12.9bn (£10bn)". The parenthesised conversion right after a figure is dropped.
 */
import type { Candidate } from './candidate';

const OPENING = /^[ \u00a0\u202f]*[(\[][ \u00a0\u202f]*(?:about|around|environ|approx\.?|ca\.|c\.|or|soit|i\.e\.|~)?[ \u00a0\u202f]*$/i;

export function dropConversions(text: string, found: Candidate[]): Candidate[] {
  const sorted = [...found].sort((a, b) => a.offset - b.offset);
  return sorted.filter((c, i) => {
    const prev = sorted.slice(0, i).reverse().find((p) => p.offset + p.raw.length <= c.offset);
    if (!prev || !prev.unit || !c.unit) return true;
    return !OPENING.test(text.slice(prev.offset + prev.raw.length, c.offset));
  });
}
