import type { KeyFigure } from '../types';

// First version: amounts with a currency sign and percentages only; the full
// multilingual recogniser replaces it behind the same signature.
const PATTERN = /(\d+(?:[ \u00a0\u202f.,]\d+)*)\s?(%|Md\$|M\$|\$|€|£)/gu;
const SCALE: Record<string, [number, string]> = {
  '%': [1, '%'], 'Md$': [1e9, 'USD'], 'M$': [1e6, 'USD'], '$': [1, 'USD'], '€': [1, 'EUR'], '£': [1, 'GBP'],
};

export function findKeyFigures(text: string, _lang?: string | null): KeyFigure[] {
  const figures: KeyFigure[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [raw, digits = '', sign = ''] = m;
    const scale = SCALE[sign];
    if (!scale) continue;
    const value = Number(digits.replace(/[ \u00a0\u202f.]/g, '').replace(',', '.')) * scale[0];
    if (!Number.isFinite(value)) continue;
    const start = m.index ?? 0;
    const label = text.slice(Math.max(0, start - 60), start).split(/[.!?]\s/).pop()?.trim() ?? '';
    figures.push({ value, unit: scale[1], raw, label, approx: false, offset: start });
  }
  return figures;
}
