import { findKeyFigures } from '../../../src/core/figures/find-key-figures';

export type Expected = [value: number, unit: string, approx?: boolean];

/** Value, unit and approx of every figure found, in rank order. */
export function read(text: string, lang: string | null): Expected[] {
  return findKeyFigures(text, lang).map((f) => [Number(f.value.toPrecision(12)), f.unit, f.approx]);
}

/** One case per number form: the sentence, and the figures it must yield (any order). */
export type Case = [text: string, expected: Expected[]];

export function sorted(list: Expected[]): Expected[] {
  return list.map(([v, u, a]): Expected => [v, u, a ?? false]).sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1]));
}
