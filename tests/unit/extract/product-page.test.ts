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

  it('is false on articles and on listings of products', () => {
    expect(isProductPage(page(`<meta property="og:type" content="article">${ld('{"@type":"NewsArticle"}')}`))).toBe(false);
    expect(isProductPage(page(`<meta property="og:type" content="product.group">${ld('{"@type":"ItemList","itemListElement":[]}')}`))).toBe(false);
  });
});
