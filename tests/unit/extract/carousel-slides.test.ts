import { describe, expect, it } from 'vitest';
import { isHiddenSlide } from '../../../src/core/extract/carousel-slides';
import { notContentOf } from '../../../src/core/extract/not-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = `<!doctype html><html><head><title>Homes</title></head><body><main>
  <div class="swiper"><div class="swiper-slide" id="shown">Battery lasts two days.</div>
  <div class="swiper-slide" aria-hidden="true" id="next">Water resistant to 50 m.<button aria-hidden="true">Next</button></div>
  <div class="swiper-slide swiper-slide-duplicate" aria-hidden="true" id="copy">Battery lasts two days.</div></div>
  <ul><li class="bp-Carousel__cell" aria-hidden="true" id="cell">3 beds, 2 baths, a garden.</li>
  <li class="slick-slide slick-cloned" aria-hidden="true" id="clone">3 beds, 2 baths, a garden.</li></ul>
  <div class="slideout-menu" aria-hidden="true" id="menu"><a href="/">Home</a></div>
  <div class="slick-slide" hidden id="gone">Out of the page.</div>
</main></body></html>`;

describe('carousel slides out of view', () => {
  const doc = parseWithLinkedom(page);
  const byId = (id: string): Element => doc.getElementById(id)!;

  it('are a slide hidden from screen readers only, not a looping copy, a menu or a hidden part', () => {
    expect(isHiddenSlide(byId('next'))).toBe(true);
    expect(isHiddenSlide(byId('cell'))).toBe(true);
    expect(isHiddenSlide(byId('shown'))).toBe(false);
    expect(isHiddenSlide(byId('copy'))).toBe(false);
    expect(isHiddenSlide(byId('clone'))).toBe(false);
    expect(isHiddenSlide(byId('menu'))).toBe(false);
    expect(isHiddenSlide(byId('gone'))).toBe(false);
  });

  it('stay in the page as content, what they hold that never is still going', () => {
    const ids = notContentOf(doc).map((el) => el.id || el.tagName);
    expect(ids).toEqual(expect.arrayContaining(['copy', 'clone', 'menu', 'gone', 'BUTTON']));
    expect(ids).not.toContain('next');
    expect(ids).not.toContain('cell');
  });
});
