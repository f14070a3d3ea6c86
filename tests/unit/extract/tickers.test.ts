import { describe, expect, it } from 'vitest';
import { removeTickers } from '../../../src/core/extract/tickers';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
  const main = doc.querySelector('main')!;
  removeTickers(main);
  return (main.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const copies = (n: number): string => Array.from({ length: n }, () => '<span>Book now <span class="star">*</span></span>').join('');

describe('scrolling tickers', () => {
  it('go: one phrase printed four times or more', () => {
    expect(cleaned(`<p>Packaging that sells.</p><div class="marquee">${copies(8)}</div>`)).toBe('Packaging that sells.');
  });

  it('stay with fewer copies or with other text beside them', () => {
    expect(cleaned(`<div>${copies(3)}</div>`)).toContain('Book now');
    expect(cleaned(`<div>Offer: ${copies(4)}</div>`)).toContain('Offer');
  });
});
