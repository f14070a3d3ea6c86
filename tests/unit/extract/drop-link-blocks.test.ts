import { describe, expect, it } from 'vitest';
import { dropLinkBlocks } from '../../../src/core/extract/drop-link-blocks';
import { holdsPrice } from '../../../src/core/extract/product-carousels';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (head: string, body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Tumbler</title>${head}</head><body>${body}</body></html>`);

const description = '<p>A stainless steel tumbler with double-wall vacuum insulation that keeps drinks cold for hours and fits in most car cupholders.</p>';
const brands = '<ul><li><a href="/b/acme">Acme</a></li><li><a href="/b/polar">Polar</a></li><li><a href="/b/north">North</a></li></ul>';
// A listing's card: the name's link sits a few levels below the card that holds the price.
const card = (name: string) => `<li class="card"><div class="name"><div><a href="/p/${name}">${name} tumbler, 20 oz</a></div></div><div class="meta"><span>Steel</span><span>$35.00</span></div></li>`;

describe('link blocks', () => {
  it('removes a block of bare links, and keeps what `keep` says is content', () => {
    const doc = page('', `<main>${description}${brands}</main>`);
    dropLinkBlocks(doc.body, (el) => el.textContent?.includes('Polar') ?? false);
    expect(doc.body.textContent).toContain('Polar');
    dropLinkBlocks(doc.body);
    expect(doc.body.textContent).not.toContain('Polar');
    expect(doc.body.textContent).toContain('vacuum insulation');
  });

  it('reads a price in the short card around a link block, not in a long block', () => {
    const doc = page('', `<ul>${card('Polar')}</ul><div>${'Tumblers for every trip. '.repeat(20)}<div><a href="/a">All tumblers</a></div> $12.00</div>`);
    expect(holdsPrice(doc.querySelector('.name > div')!)).toBe(true);
    expect(holdsPrice(doc.querySelector('a[href="/a"]')!.parentElement!)).toBe(false);
  });

  it("removes a product page's link blocks, and keeps the names of products sold beside a price", () => {
    const sold = (name: string) => `<li><a href="/p/${name}">${name} tumbler, 20 oz</a> <span>$35.00</span></li>`;
    const body = `<main><h1>Tumbler</h1>${description.repeat(3)}${brands}<ul>${sold('Polar')}${sold('North')}</ul></main>`;
    const product = extractContent(page('<meta property="og:type" content="product">', body), { isArticle: false });
    expect(product?.content.textContent).not.toContain('Acme');
    expect(product?.content.textContent).toContain('North tumbler');
    const other = extractContent(page('', body), { isArticle: false });
    expect(other?.content.textContent).toContain('Acme');
  });
});
