import { describe, expect, it } from 'vitest';
import { removeSmallPrint } from '../../../src/core/extract/small-print';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const claim = '<h2>All-day battery</h2><p>Keep working from the morning train to the evening call on one charge, with power left over for a film on the way home.</p>';
const footnote = '<p class="feature-disclaimer">* Typical value tested under laboratory conditions. Actual battery life may vary.</p>';
const footnotes = `${footnote}<p class="disclaimer">** Colours may vary by region.</p>`;

describe('small print', () => {
  it("removes the footnotes under a product's claims, and keeps the claims", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><section>${claim}${footnotes}</section><div id="disclaimers"><p>Images simulated.</p></div></body></html>`);
    removeSmallPrint(doc.body);
    expect(doc.body.textContent).toContain('one charge');
    expect(doc.body.textContent).not.toMatch(/Typical value|Images simulated|Colours may vary/);
  });

  it('keeps a lone footnote: the condition of an offer', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${claim}<p class="pricing-disclaimer">*Discount for new customers only.</p></body></html>`);
    removeSmallPrint(doc.body);
    expect(doc.body.textContent).toContain('new customers only');
  });

  it("keeps a block so named that holds the page's title", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div class="disclaimer-wrap"><h1>Tablet</h1>${claim}</div>${footnotes}<div id="disclaimers"><p>Images simulated.</p></div></body></html>`);
    removeSmallPrint(doc.body);
    expect(doc.body.textContent).toContain('Tablet');
    expect(doc.body.textContent).not.toMatch(/Typical value|Images simulated/);
  });

  it("is removed from a product's page only", () => {
    const page = (head: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Tablet</title>${head}</head><body><main><h1>Tablet</h1>${claim.repeat(3)}${footnotes}<p class="disclaimer">*** Sold separately.</p></main></body></html>`);
    const product = extractContent(page('<meta property="og:type" content="product">'), { isArticle: false });
    expect(product?.content.textContent).not.toContain('Typical value');
    const other = extractContent(page(''), { isArticle: false });
    expect(other?.content.textContent).toContain('Typical value');
  });
});
