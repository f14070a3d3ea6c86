import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { holdsParagraphs, holdsTag } from '../../../src/core/dom/holds-tag';

const block = (html: string): Element => parseWithLinkedom(`<!doctype html><html><body><div id="b">${html}</div></body></html>`).getElementById('b')!;

describe('holdsTag', () => {
  it('finds an element of the tag at any depth, as querySelector does', () => {
    const el = block('<section><div><h1>Title</h1></div></section>');
    expect(holdsTag(el, 'h1')).toBe(true);
    expect(holdsTag(el, 'h1')).toBe(el.querySelector('h1') !== null);
    expect(holdsTag(el, 'h2')).toBe(false);
  });

  it('does not count the element itself', () => {
    const el = block('<p>Only a line</p>');
    expect(holdsTag(el, 'div')).toBe(false);
  });
});

describe('holdsParagraphs (CSS p + p)', () => {
  const cases = [
    '<p>One</p><p>Two</p>',
    '<p>One</p> text between <p>Two</p>',
    '<p>One</p><span>a</span><p>Two</p>',
    '<div><p>One</p></div><p>Two</p>',
    '<p>One</p>',
    '<section><p>One</p><!-- note --><p>Two</p></section>',
  ];
  it('answers as querySelector("p + p") does', () => {
    for (const html of cases) {
      const el = block(html);
      expect(holdsParagraphs(el), html).toBe(el.querySelector('p + p') !== null);
    }
  });
  it('sees two paragraphs in a row, with text or comments between them, and not one after another element', () => {
    expect(holdsParagraphs(block(cases[1]!))).toBe(true);
    expect(holdsParagraphs(block(cases[2]!))).toBe(false);
  });
});
