// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { removeOpeningTitle } from '../../../src/reader/opening-title';

const body = (html: string): HTMLElement => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder;
};

describe('removeOpeningTitle', () => {
  it('removes a heading that opens the text and repeats the title, site name aside', () => {
    const el = body('<div><section>\n <h1>Plumbing  services in Ohio</h1><p>Fast plumbers.</p></section></div>');
    removeOpeningTitle(el, 'Plumbing services in Ohio | Acme');
    expect(el.innerHTML).toBe('<div><section>\n <p>Fast plumbers.</p></section></div>');
  });

  it('keeps a heading that says something else, or that does not open the text', () => {
    const other = body('<h1>Our services</h1><p>Fast plumbers.</p>');
    removeOpeningTitle(other, 'Plumbing in Ohio');
    expect(other.querySelector('h1')).not.toBeNull();
    const later = body('<p>Fast plumbers.</p><h2>Plumbing in Ohio</h2>');
    removeOpeningTitle(later, 'Plumbing in Ohio');
    expect(later.querySelector('h2')).not.toBeNull();
    const section = body('<h2>Results</h2><p>By state.</p>');
    removeOpeningTitle(section, 'Election 2026: the results state by state');
    expect(section.querySelector('h2')).not.toBeNull();
    const paragraph = body('<p>Plumbing in Ohio</p>');
    removeOpeningTitle(paragraph, 'Plumbing in Ohio');
    expect(paragraph.innerHTML).toBe('<p>Plumbing in Ohio</p>');
  });
});
