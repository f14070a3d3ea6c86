import { describe, expect, it } from 'vitest';
import { isShownFigure } from '../../../src/core/extract/shown-figures';
import { notContentOf } from '../../../src/core/extract/not-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = `<!doctype html><html><head><title>Candles</title></head><body><main><ul>
  <li><a href="/p/1" aria-label="Fig candle, rated 4.7 out of 5">Fig candle</a>
    <p class="price" aria-hidden="true" id="price">$24.50</p>
    <a href="/r/1"><i aria-hidden="true" id="stars"><span>4.7 out of 5 stars</span></i> <span aria-hidden="true" id="count">58,483</span></a></li>
  <li><a href="/p/2">Pine candle</a><span class="a-offscreen">$19.00</span><span aria-hidden="true" id="twin">$19.00</span>
    <span aria-hidden="true" id="icon">★</span><button aria-hidden="true" id="button">2</button></li>
</ul><div aria-hidden="true" id="long">Free returns within 30 days on every order placed in our shop.</div></main></body></html>`;

describe('figures shown but hidden from screen readers', () => {
  const doc = parseWithLinkedom(page);
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('are a short text with a figure that its card does not say again', () => {
    expect(isShownFigure(byId('price'))).toBe(true);
    expect(isShownFigure(byId('stars'))).toBe(true);
    expect(isShownFigure(byId('count'))).toBe(true);
    expect(isShownFigure(byId('twin'))).toBe(false);
    expect(isShownFigure(byId('icon'))).toBe(false);
    expect(isShownFigure(byId('button'))).toBe(false);
    expect(isShownFigure(byId('long'))).toBe(false);
  });

  it('stay in the page as content', () => {
    const ids = notContentOf(doc).map((el) => el.id);
    expect(ids).toEqual(expect.arrayContaining(['twin', 'icon', 'button', 'long']));
    expect(ids).not.toContain('price');
    expect(ids).not.toContain('stars');
    expect(ids).not.toContain('count');
  });

  it('go on a product page, where they are its carousels\' and pickers\'', () => {
    expect(notContentOf(doc, false).map((el) => el.id)).toEqual(expect.arrayContaining(['price', 'stars', 'count']));
  });
});
