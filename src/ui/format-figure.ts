import type { KeyFigure } from '../core/types';

const CURRENCY = /^[A-Z]{3}$/;

/** A figure's value for display in the reader's locale: "10 Md $US", "12 %", "12 000 jobs". */
export function formatFigure(figure: Pick<KeyFigure, 'value' | 'unit'>, locale: string): string {
  const { value, unit } = figure;
  const compact = Math.abs(value) >= 1e6;
  if (CURRENCY.test(unit)) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency: unit, notation: compact ? 'compact' : 'standard', maximumFractionDigits: 2 }).format(value);
    } catch {
      // An unknown code falls through to the plain form.
    }
  }
  const number = new Intl.NumberFormat(locale, { notation: compact ? 'compact' : 'standard', maximumFractionDigits: 2 }).format(value);
  if (unit === '%') return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value / 100);
  if (unit === 'x') return `×${number}`;
  return `${number} ${unit}`;
}
