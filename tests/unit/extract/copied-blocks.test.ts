import { describe, expect, it } from 'vitest';
import { removeCopiedBlocks } from '../../../src/core/extract/copied-blocks';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const body = (html: string): Element =>
  parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
const count = (el: Element | undefined, pattern: RegExp): number => (el?.textContent ?? '').match(pattern)?.length ?? 0;

const details = `<h3>Details</h3><p>Mid weight cotton jersey, ribbed neck, side seams and double needle hems that keep their shape wash after wash.</p>
  <ul><li>Regular fit</li><li>Preshrunk</li></ul>`;

describe('copied blocks', () => {
  it('reads the details printed for phones and for desktops once', () => {
    const content = body(`<h1>Staple Tee</h1><div class="mobile-only">${details}</div><div class="desktop-only">${details}</div>`);
    removeCopiedBlocks(content);
    expect(count(content, /double needle hems/g)).toBe(1);
    expect(content.querySelector('.mobile-only')).not.toBeNull();
    expect(content.querySelector('.desktop-only')).toBeNull();
  });

  it('reads a paragraph copied into another block once', () => {
    const para = '<p>Carry-on luggage holds your essentials within reach during the flight, sized for the overhead bin of most airlines.</p>';
    const content = body(`<div class="small">${para}</div><div class="large">${para}</div>`);
    removeCopiedBlocks(content);
    expect(content.querySelectorAll('p')).toHaveLength(1);
  });

  it('keeps a paragraph said twice in one parent, short lines that repeat, and a wrapper around a single block', () => {
    const para = '<p>Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';
    const offer = (n: number): string => `<div class="offer"><b>$${n} off</b><p>Cannot be combined with other offers.</p></div>`;
    const content = body(`<div><div class="wrapper">${details}</div></div><article>${para}${para}</article>${offer(5)}${offer(10)}`);
    removeCopiedBlocks(content);
    expect(content.querySelectorAll('article p')).toHaveLength(2);
    expect(count(content, /Cannot be combined/g)).toBe(2);
    expect(count(content, /double needle hems/g)).toBe(1);
  });

  it("keeps a copy that holds the page's title", () => {
    const content = body(`<div class="a">${details}</div><div class="b"><h1>Staple Tee</h1></div><div class="c">${details}</div>`);
    const withTitle = body(`<div class="a"><div>${details}</div></div><div class="b"><h1></h1>${details}</div>`);
    removeCopiedBlocks(content);
    removeCopiedBlocks(withTitle);
    expect(count(content, /double needle hems/g)).toBe(1);
    expect(withTitle.querySelector('h1')).not.toBeNull();
  });

  it("are read once from a product's page, and left on other pages that are not articles", () => {
    const page = (head: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Staple Tee</title>${head}</head><body><main><h1>Staple Tee</h1><span>$20.00</span><div class="mobile">${details}</div><div class="desktop">${details}</div></main></body></html>`);
    const product = extractContent(page('<meta property="og:type" content="product">'), { isArticle: false });
    expect(count(product?.content, /double needle hems/g)).toBe(1);
    const other = extractContent(page(''), { isArticle: false });
    expect(count(other?.content, /double needle hems/g)).toBe(2);
  });
});
