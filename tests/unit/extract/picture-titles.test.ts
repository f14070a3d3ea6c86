import { describe, expect, it } from 'vitest';
import { titlesPicture } from '../../../src/core/extract/picture-titles';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function line(body: string): Element {
  const doc = parseWithLinkedom(`<!doctype html><html><body>${body}</body></html>`);
  return doc.querySelector('.line')!;
}

describe('titlesPicture', () => {
  it('is true for a line linking where the picture above or below it links', () => {
    expect(titlesPicture(line('<p><a href="/x"><img src="x.jpg"></a></p><p class="line"><a href="/x">Bookshelf</a></p>'))).toBe(true);
    expect(titlesPicture(line('<p class="line"><a href="/x">Bookshelf</a></p><figure><a href="/x"><img src="x.jpg"></a></figure>'))).toBe(true);
  });

  it('is false beside an unlinked picture, a picture with text, or a picture linking elsewhere', () => {
    expect(titlesPicture(line('<p><img src="x.jpg"></p><p class="line"><a href="/buy">Check price</a></p>'))).toBe(false);
    expect(titlesPicture(line('<p><a href="/x"><img src="x.jpg"></a> A caption</p><p class="line"><a href="/x">Bookshelf</a></p>'))).toBe(false);
    expect(titlesPicture(line('<p><a href="/x"><img src="x.jpg"></a></p><p class="line"><a href="/y">Also read: another story</a></p>'))).toBe(false);
  });
});
