import { describe, expect, it } from 'vitest';
import { removeListingControls } from '../../../src/core/extract/listing-controls';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><main>${body}</main></body></html>`);
  const main = doc.querySelector('main')!;
  removeListingControls(main);
  return (main.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe("a listing's result counts, sort and view controls and reading times", () => {
  it('go when they are a line of their own', () => {
    const text = cleaned(`<h1>Sleeping Bags</h1><div>Showing 1–24 of 296 results</div><p>Products (296)</p>
      <div><span>Sort by:</span> <span>Best Match</span></div><div>View as Grid List</div>
      <ul><li><a href="/a">Trail 20 Sleeping Bag</a><div>$149.00</div></li><li><a href="/b">Camp Quilt</a><div>4 min read</div></li></ul>`);
    expect(text).toMatch(/Sleeping Bags.*Trail 20 Sleeping Bag.*\$149\.00.*Camp Quilt/);
    expect(text).not.toMatch(/296|Sort|Best Match|View as|min read/);
  });

  it("go with a tile's offer terms", () => {
    const text = cleaned(`<ul><li><a href="/a">Carry-On Spinner</a><div>$189.99</div><div>Extra 17% Off With Code: LUCKY17</div></li>
      <li><a href="/b">Sleeper Sofa</a><div>$899.00</div><div>Price valid Feb 13, 2026 - Mar 15, 2026 or while supply lasts</div><div>Sale Ends Mar 9</div></li></ul>`);
    expect(text).toMatch(/Carry-On Spinner.*\$189\.99.*Sleeper Sofa.*\$899\.00/);
    expect(text).not.toMatch(/LUCKY17|Price valid|Sale Ends/);
    expect(cleaned('<p>Our spring sale ends March 9, so order your seeds early this year.</p>')).toContain('sale ends');
  });

  it('stay inside a sentence or when they say more', () => {
    expect(cleaned('<p>We found 296 results for your search in our store.</p>')).toContain('296 results');
    expect(cleaned('<h2>Sorted pickles and other jars</h2>')).toContain('Sorted pickles');
    expect(cleaned('<p>Sort of amazing, this one.</p>')).toContain('Sort of amazing');
  });
});
