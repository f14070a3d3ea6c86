// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findFigureSentence } from '../../src/reader/locate-figure';

function rendered(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('findFigureSentence', () => {
  const html = `<p>Le groupe a investi <strong>1 Md$</strong> en 2019.   Puis il a remis au pot.</p>
    <p>Cette fois, la mise atteindrait 10 Md$. Le reste ira à la fondation.</p>
    <p>Un second apport de 1 Md$ est évoqué. Rien n’est signé.</p>`;
  const text = 'Le groupe a investi 1 Md$ en 2019. Puis il a remis au pot.\n\nCette fois, la mise atteindrait 10 Md$. Le reste ira à la fondation.\n\nUn second apport de 1 Md$ est évoqué. Rien n’est signé.';

  it('finds the sentence of a figure across inline elements', () => {
    const range = findFigureSentence(rendered(html), text, { raw: '1 Md$', offset: text.indexOf('1 Md$') });
    expect(range?.toString()).toBe('Le groupe a investi 1 Md$ en 2019.');
  });

  it('picks the same occurrence as the offset when the raw text repeats', () => {
    const offset = text.lastIndexOf('1 Md$');
    const range = findFigureSentence(rendered(html), text, { raw: '1 Md$', offset });
    expect(range?.toString()).toBe('Un second apport de 1 Md$ est évoqué.');
  });

  it('stops at the paragraph when the sentence has no final stop', () => {
    const root = rendered('<p>Chiffre d’affaires : 12 %</p><p>Autre paragraphe.</p>');
    const range = findFigureSentence(root, 'Chiffre d’affaires : 12 %\n\nAutre paragraphe.', { raw: '12 %', offset: 21 });
    expect(range?.toString()).toBe('Chiffre d’affaires : 12 %');
  });

  it('returns null when the figure is not in the rendered article', () => {
    expect(findFigureSentence(rendered('<p>Rien ici.</p>'), 'Rien ici.', { raw: '3 km', offset: 0 })).toBeNull();
  });
});
