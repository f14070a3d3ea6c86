import { describe, expect, it } from 'vitest';
import { removeFooterBlocks } from '../../../src/core/extract/footer-blocks';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const description = '<p>These socks are engineered for comfort: a cushioned footbed, a seamless toe and an arch that stays where you want it, all day long.</p>';
const footer = '<div class="Footer-styled__Happiness-sc-1"><p>Our Customer Happiness Team is here when you need a recommendation or a return.</p></div><div class="site-footer"><p>Notice to consumers: we may collect identifiers.</p></div>';

describe('footer blocks', () => {
  it("removes the shop's footer-named blocks and keeps the product's text", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div>${description}</div>${footer}</body></html>`);
    removeFooterBlocks(doc.body);
    expect(doc.body.textContent).toContain('seamless toe');
    expect(doc.body.textContent).not.toMatch(/Happiness Team|Notice to consumers/);
  });

  it("keeps a block so named that holds the page's title", () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div class="footer-wrap"><h1>Quarter socks</h1>${description}</div></body></html>`);
    removeFooterBlocks(doc.body);
    expect(doc.body.textContent).toContain('seamless toe');
  });
});
