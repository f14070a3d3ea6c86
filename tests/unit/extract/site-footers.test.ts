import { describe, expect, it } from 'vitest';
import { removeSiteFooters } from '../../../src/core/extract/site-footers';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const intro = '<p>We plan corporate events from the first call to the last guest, with one team for the venue, the catering and the program.</p>';
const card = (title: string) => `<div class="card"><h3>${title}</h3><p>A short story about ${title}.</p><div class="card__footer">Jane Doe on Mar 8</div></div>`;

function body(html: string): HTMLElement {
  return parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
}

describe('site footers', () => {
  it("removes the site's footer-named block and keeps the page's text", () => {
    const content = body(`<div>${intro}</div><div class="footer"><a href="/about">About Us</a><a href="/careers">Careers</a><p>© 2026 Example, LLC</p></div>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('corporate events');
    expect(content.textContent).not.toMatch(/About Us|Careers|2026/);
  });

  it('keeps the footers of repeated items', () => {
    const content = body(`<div>${intro}${card('Venues')}${card('Catering')}</div>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('Jane Doe');
  });

  it("removes the site's <footer> element, which pruning keeps when it holds long paragraphs", () => {
    const content = body(`<main>${intro}</main><footer><ul><li><a href="/about">About Us</a></li></ul><p>Founded in 1922, Example makes shoes by hand in its own workshops, and has sold them in its own stores ever since.</p></footer>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('corporate events');
    expect(content.textContent).not.toMatch(/About Us|Founded/);
  });

  it('removes a <footer> element whose class also names it a footer', () => {
    const content = body(`<main>${intro}</main><footer class="site-footer"><a href="/about">About Us</a></footer>`);
    removeSiteFooters(content);
    expect(content.textContent).not.toContain('About Us');
  });

  it('keeps the <footer> elements of repeated items', () => {
    const item = (title: string) => `<article><h3>${title}</h3><p>A short story about ${title}.</p><footer>Jane Doe on Mar 8</footer></article>`;
    const content = body(`<div>${intro}${item('Venues')}${item('Catering')}</div>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('Jane Doe');
  });

  it("keeps a footer-named block holding the page's title", () => {
    const content = body(`<div class="page-footer-wrap"><h1>Corporate events</h1>${intro}</div>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('corporate events');
  });
});

describe('site footers named by id', () => {
  it('keeps a block whose id alone names it a footer (the page\'s own notes)', () => {
    const content = body(`<div>${intro}</div><div id="section-footer"><p>1. Battery life measured in our own laboratory.</p></div>`);
    removeSiteFooters(content);
    expect(content.textContent).toContain('Battery life');
  });
});
