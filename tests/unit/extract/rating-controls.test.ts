import { describe, expect, it } from 'vitest';
import { removeRatingControls } from '../../../src/core/extract/rating-controls';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
  const main = doc.querySelector('main')!;
  removeRatingControls(main);
  return (main.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const stars = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => `<a class="star" href="#">${i + from} of 5 stars</a>`).join('');

describe('star-by-star rating controls', () => {
  it('go: one link per star, valued 1, 2, 3… in turn', () => {
    expect(cleaned(`<div class="book"><a href="/b">To Kill a Mockingbird</a><span>4.26 avg rating</span><div class="stars">${stars(5)}</div></div>`))
      .toBe('To Kill a Mockingbird4.26 avg rating');
  });

  it("stay when they are an item's rating or hold other text", () => {
    expect(cleaned('<div><span>4.5 out of 5 stars</span><span>(120)</span><span>Free delivery</span></div>')).toContain('4.5 out of 5 stars');
    expect(cleaned(`<div>Rate it: ${stars(5)}</div>`)).toContain('1 of 5 stars');
    expect(cleaned(`<div>${stars(3, 2)}</div>`)).toContain('2 of 5 stars');
  });
});
