import { describe, expect, it } from 'vitest';
import { parseDigits } from '../../../src/core/figures/numerals';

describe('parseDigits', () => {
  it.each([
    ['12 000', true, 12000], ['12\u00a0000', true, 12000], ['12\u202f000', true, 12000], ["1'250'000", true, 1250000],
    ['80.000', true, 80000], ['1.234.567', true, 1234567], ['1,3', true, 1.3], ['2.500,75', true, 2500.75],
    ['12,000', false, 12000], ['27,934.02', false, 27934.02], ['1.786', false, 1.786], ['0.90', false, 0.9], ['12.5', true, 12.5],
  ])('%s (decimal comma: %s) → %d', (raw, decimalComma, value) => {
    expect(parseDigits(raw, decimalComma)).toBe(value);
  });
});
