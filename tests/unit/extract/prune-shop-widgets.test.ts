import { describe, expect, it } from 'vitest';
import { pruneShopWidgets } from '../../../src/core/extract/prune-shop-widgets';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

function pruned(body: string, isProduct = true): string {
  const doc = page(body);
  pruneShopWidgets(doc.body, isProduct);
  return doc.body.textContent ?? '';
}

const description = 'A stainless steel tumbler with double-wall vacuum insulation that keeps drinks cold for hours and fits in most car cupholders.';
const items = Array.from({ length: 12 }, (_, i) => `<li class="card"><a href="/p${i}">Tumbler ${i + 1}</a> <span>$${20 + i}.00</span></li>`).join('');

describe('shop widgets', () => {
  it('drops customer reviews beside a product', () => {
    const text = pruned(`<div class="product"><h1>Tumbler</h1><p>${description}</p></div>
      <section id="customer-reviews"><h2>Reviews</h2><p>Great tumbler, five stars, bought two more for the family.</p></section>`);
    expect(text).toContain('stainless steel');
    expect(text).not.toContain('five stars');
  });

  it('keeps reviews on pages that are not a product (testimonials of a service)', () => {
    expect(pruned(`<section class="reviews"><p>They fixed our roof in a day, five stars.</p></section>`, false)).toContain('five stars');
  });

  it('keeps testimonials, even named as reviews', () => {
    expect(pruned(`<div class="testimonial-card home-review-card"><p class="review-text">They fixed our roof in a day, five stars.</p></div>`)).toContain('five stars');
  });

  it('keeps a reviews block that holds the page title', () => {
    expect(pruned(`<div class="reviews-layout"><h1>Tumbler</h1><p>${description}</p></div>`)).toContain('stainless steel');
  });

  it('drops filters and pagination around a listing', () => {
    const text = pruned(`<aside class="filters"><h3>Colour</h3><label>Black</label><label>Navy</label></aside>
      <ul class="grid">${items}</ul><div class="pagination"><a href="?p=2">Next page</a></div>`);
    expect(text).toContain('Tumbler 12');
    expect(text).not.toMatch(/Navy|Next page/);
  });

  it('keeps a block named like a control when it holds sentences (an FAQ)', () => {
    expect(pruned(`<div class="filters faq"><h3>Which size?</h3><p>${description}</p></div><ul>${items}</ul>`)).toContain('stainless steel');
  });

  it('keeps a block named like a control when it wraps most of the page', () => {
    expect(pruned(`<div class="filter-and-pagination-container"><ul>${items}</ul></div>`)).toContain('Tumbler 12');
  });

  it('drops screen-reader labels and bulk order forms beside a product', () => {
    const product = `<h1>Tumbler</h1><p><span class="visually-hidden">Regular price</span><span>$40.00</span></p><p>${description}</p>
      <div class="quick-order-list"><table><tr><th>Variant total</th></tr><tr><td>Navy / 20 oz</td></tr></table></div>`;
    const text = pruned(product);
    expect(text).toContain('$40.00');
    expect(text).not.toMatch(/Regular price|Variant total/);
    expect(pruned(product, false)).toMatch(/Regular price/);
  });

  it('drops tooltips, popovers, the returns policy, legal notes, badges, carousels, side columns and selling points beside a product', () => {
    const product = `<h1>Tumbler</h1><p>${description}</p><ul><li>Shipping weight <span class="info-tooltip">The weight includes the box and packing.</span></li>
      <li>Capacity <span class="tool-tip">Measured to the brim.</span></li></ul><div class="delivery-popover">Arrives in 3 to 5 days.</div>
      <div class="shipping-returns"><p>Return any unused item within 30 days.</p></div><div id="game-legal">© 2025 Tumbler Works.</div>
      <span class="product-badge">Bestseller</span><div class="media-carousel"><p>Slide 1 of 4</p></div><aside class="sidebar">Recently viewed</aside>
      <ul class="usp-bar"><li>Free shipping over $50</li><li>Secure checkout</li></ul>`;
    const text = pruned(product);
    expect(text).toContain('Shipping weight');
    expect(text).toContain('Capacity');
    expect(text).not.toMatch(/packing|brim|3 to 5 days|30 days|Tumbler Works|Bestseller|Slide 1|Recently viewed|Secure checkout/);
    expect(pruned(product, false)).toMatch(/packing/);
  });

  it('drops prices printed off screen, after they have shown a carousel of other products', () => {
    // The price the eye reads is split into parts: no price as text but the one printed off screen.
    const card = (name: string, dollars: number) => `<li><a href="/p/${name}">${name}</a><span class="a-offscreen">$${dollars}.00</span><span aria-hidden="true"><span>$</span><span>${dollars}</span></span></li>`;
    const text = pruned(`<h1>Tumbler</h1><p><span class="a-offscreen">$40.00</span><span aria-hidden="true">$40.00</span></p><p>${description}</p>
      <section><h2>Related items</h2><ul>${card('Bottle', 25)}${card('Mug', 15)}${card('Cooler', 99)}</ul></section>`);
    expect(text.match(/\$40\.00/g)).toHaveLength(1);
    expect(text).toContain('stainless steel');
    expect(text).not.toMatch(/Related items|Cooler/);
  });
});

describe('shop widgets in extraction', () => {
  const body = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Tumbler"}</script><main><h1>Tumbler</h1><p>${description}</p>
    <div class="product-reviews">${Array.from({ length: 8 }, (_, i) => `<p>Review ${i + 1}: ${description}</p>`).join('')}</div></main>`;

  it('are dropped on pages that are not articles', () => {
    const content = extractContent(page(body), { isArticle: false });
    expect(content?.content.textContent).toContain('stainless steel');
    expect(content?.content.textContent).not.toContain('Review 8');
  });

  it('are left to the article rules on articles', () => {
    expect(extractContent(page(body), { isArticle: true })?.content.textContent).toContain('Review 8');
  });
});
