import { describe, expect, it } from 'vitest';
import { isProductPage } from '../../../src/core/extract/product-page';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (head: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>t</title>${head}</head><body><h1>Tumbler</h1></body></html>`);
const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('isProductPage', () => {
  it('reads a schema.org Product in JSON-LD, also inside a @graph or with several types', () => {
    expect(isProductPage(page(ld('{"@type":"Product","name":"Tumbler"}')))).toBe(true);
    expect(isProductPage(page(ld('{"@graph":[{"@type":"WebPage"},{"@type":["Product","Thing"]}]}')))).toBe(true);
  });

  it('reads a ProductGroup (one product in several variants), and a few products (a bundle)', () => {
    expect(isProductPage(page(ld('{"@type":"ProductGroup","hasVariant":[{"@type":"Product"},{"@type":"Product"}]}')))).toBe(true);
    expect(isProductPage(page(ld('[{"@type":"Product"},{"@type":"Product"}]')))).toBe(true);
  });

  it('is false where the JSON-LD declares many products: a listing, whatever its other tags say', () => {
    const many = JSON.stringify(Array.from({ length: 8 }, (_, i) => ({ '@type': 'Product', name: `Item ${i}` })));
    expect(isProductPage(page(ld(many) + '<meta property="og:type" content="product">'))).toBe(false);
  });

  it("reads a product template's class or id on <body> or <html>, as a whole word", () => {
    const withBody = (attrs: string, html = '') => parseWithLinkedom(`<!doctype html><html ${html}><head><title>t</title></head><body ${attrs}><h1>Tumbler</h1></body></html>`);
    expect(isProductPage(withBody('class="page pd-pdp__body"'))).toBe(true);
    expect(isProductPage(withBody('class="wp-theme single single-product postid-3"'))).toBe(true);
    expect(isProductPage(withBody('', 'id="product-page"'))).toBe(true);
    expect(isProductPage(withBody('class="product-pages-index"'))).toBe(false);
  });

  it('reads an Open Graph product type or price', () => {
    expect(isProductPage(page('<meta property="og:type" content="product">'))).toBe(true);
    expect(isProductPage(page('<meta property="product:price:amount" content="35.00">'))).toBe(true);
  });

  it('reads schema.org Product microdata on one element, not on each card of a listing', () => {
    const card = '<div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Tumbler</span></div>';
    const withBody = (body: string) => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
    expect(isProductPage(withBody(card))).toBe(true);
    expect(isProductPage(withBody(card + card))).toBe(false);
  });

  it('reads one to three add-to-cart or buy-now controls beside a title, not one per item of a listing', () => {
    const shop = (controls: string, title = '<h1>Tumbler</h1>'): Document =>
      parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${title}${controls}</body></html>`);
    expect(isProductPage(shop('<form action="/cart"><button id="add-to-cart-button">Add to cart</button></form><input type="submit" name="buyNow">'))).toBe(true);
    expect(isProductPage(shop('<button class="add-to-cart">Add</button>'.repeat(4)))).toBe(false);
    expect(isProductPage(shop('<button class="add-to-cart">Add</button>', '<h2>Tumbler</h2>'))).toBe(false);
  });

  it('counts a buying form once with the buttons and fields inside it', () => {
    const shop = (controls: string): Document =>
      parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><h1>Tumbler</h1>${controls}</body></html>`);
    const form = '<form id="addToCart"><input type="hidden" name="isBuyNow"><input id="add-to-cart-button" type="submit"><input id="buy-now-button" type="submit"></form>';
    expect(isProductPage(shop(form + '<button id="nav-add-to-cart">Add</button>'))).toBe(true);
    expect(isProductPage(shop('<form class="add-to-cart"><button class="add-to-cart">Add</button></form>'.repeat(4)))).toBe(false);
  });

  it('is false on articles and on listings of products', () => {
    expect(isProductPage(page(`<meta property="og:type" content="article">${ld('{"@type":"NewsArticle"}')}`))).toBe(false);
    expect(isProductPage(page(`<meta property="og:type" content="product.group">${ld('{"@type":"ItemList","itemListElement":[]}')}`))).toBe(false);
  });
});
