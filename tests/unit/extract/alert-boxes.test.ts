import { describe, expect, it } from 'vitest';
import { removeAlertBoxes } from '../../../src/core/extract/alert-boxes';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const description = '<p>A stainless steel tumbler with double-wall vacuum insulation that keeps drinks cold for hours and fits in most car cupholders.</p>';
const alerts = '<div class="a-alert a-alert-error"><h4>Sorry</h4><p>There was a problem adding this item to your cart.</p></div><div id="price-alerts"><p>Email me when the price drops.</p><button>Sign up</button></div>';

describe('alert boxes', () => {
  it("removes a product page's error messages and price alert sign-ups, and keeps its description", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><h2>Tumbler</h2>${description}${alerts}</body></html>`);
    removeAlertBoxes(doc.body);
    expect(doc.body.textContent).toContain('vacuum insulation');
    expect(doc.body.textContent).not.toMatch(/There was a problem|price drops/);
  });

  it('keeps a callout styled as an alert that holds sentences', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div class="alert alert-info"><p>Our team in Lyon tests every grill we sell before it goes on the site, and answers by phone all week.</p></div></body></html>`);
    removeAlertBoxes(doc.body);
    expect(doc.body.textContent).toContain('tests every grill');
  });

  it("keeps a block so named that holds the page's title", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div class="alert-wrap"><h1>Tumbler</h1><p>Only 3 left in stock.</p></div></body></html>`);
    removeAlertBoxes(doc.body);
    expect(doc.body.textContent).toContain('Tumbler');
  });

  it("is removed from a product's page only", () => {
    const page = (head: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Tumbler</title>${head}</head><body><main><h1>Tumbler</h1>${description.repeat(3)}${alerts}</main></body></html>`);
    const product = extractContent(page('<meta property="og:type" content="product">'), { isArticle: false });
    expect(product?.content.textContent).not.toContain('There was a problem');
    const other = extractContent(page(''), { isArticle: false });
    expect(other?.content.textContent).toContain('There was a problem');
  });
});
