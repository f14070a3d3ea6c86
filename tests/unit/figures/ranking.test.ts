import { describe, expect, it } from 'vitest';
import { findKeyFigures } from '../../../src/core/figures/find-key-figures';

// A French business brief written for this test, in the spirit of the demo article.
const BRIEF = [
  'Le rapprochement entre Nordia et Helix change d’échelle : le premier injecterait 10 Md$ dans le second.',
  'Nordia avait déjà investi 1 Md$ dans Helix en 2019, puis remis au pot en 2021. Cette fois, la mise atteindrait les dix milliards.',
  'Helix récupérerait presque la moitié des bénéfices du partenariat, jusqu’à un plafond.',
  'Le groupe a lancé une restructuration de grande ampleur (vers la suppression d’environ 12 000 postes) pour financer l’opération.',
  'Son concurrent Orbis a choisi la même voie (10 000 postes), avec 3 centres de données fermés.',
].join('\n\n');

describe('ranking and duplicates', () => {
  it('puts money and job cuts first, once each', () => {
    const top = findKeyFigures(BRIEF, 'fr').slice(0, 4).map((f) => [f.value, f.unit, f.approx]);
    expect(top).toEqual([[1e10, 'USD', false], [1e9, 'USD', false], [12000, 'jobs', true], [10000, 'jobs', false]]);
  });

  it('merges "dix milliards" into "10 Md$"', () => {
    const figures = findKeyFigures(BRIEF, 'fr');
    expect(figures.filter((f) => f.value === 1e10)).toHaveLength(1);
  });

  it('gives the same result when the language is detected', () => {
    expect(findKeyFigures(BRIEF, null)).toEqual(findKeyFigures(BRIEF, 'fr'));
  });

  it('reports raw text, offset and a label from the sentence', () => {
    const [first] = findKeyFigures(BRIEF, 'fr');
    expect(first?.raw).toBe('10 Md$');
    expect(BRIEF.slice(first?.offset, (first?.offset ?? 0) + 6)).toBe('10 Md$');
    expect(first?.label).toMatch(/injecterait/);
  });

  it('labels a figure with the words around it, not the figure itself', () => {
    const labels = findKeyFigures(BRIEF, 'fr').map((f) => f.label);
    expect(labels.every((l) => l.length > 0 && !l.includes('Md$'))).toBe(true);
    expect(findKeyFigures(BRIEF, 'fr').find((f) => f.value === 10000)?.label).toMatch(/Orbis/);
  });

  it('keeps two different facts that share a value', () => {
    const text = 'Sales grew 3.5 percent in the quarter. For the full year, the company expects comparable sales to rise 3.5 percent.';
    expect(findKeyFigures(text, 'en').filter((f) => f.value === 3.5)).toHaveLength(2);
  });

  it('drops a conversion given in parentheses', () => {
    const figures = findKeyFigures('The car starts at 71,350 euro ($78,770) in Germany.', 'en');
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[71350, 'EUR']]);
  });

  it('returns at most eight figures', () => {
    const text = Array.from({ length: 20 }, (_, i) => `Region ${String.fromCharCode(65 + i)} lost ${i + 2} percent of its jobs.`).join(' ');
    expect(findKeyFigures(text, 'en').length).toBeLessThanOrEqual(8);
  });
});
