import { describe, expect, it } from 'vitest';
import { removeButtonRows } from '../../../src/core/extract/button-rows';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const intro = '<p>We plan corporate events from the first call to the last guest, with one team for the venue, the catering and the program.</p>';

function body(html: string): HTMLElement {
  return parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
}

describe('button rows', () => {
  it("removes a row of buttons under a section and a tile's controls", () => {
    const content = body(`<section>${intro}<div class="hero-buttons"><a href="/start">Get started</a> <a href="/sales">Talk to us</a></div></section>`
      + '<div class="card"><h3>Mesh Task Chair</h3><p>$655.00</p><div class="card-figcaption--action-buttons"><a href="#">Quick view</a><button>View Options</button></div></div>');
    removeButtonRows(content);
    expect(content.textContent).toContain('corporate events');
    expect(content.textContent).toContain('Mesh Task Chair');
    expect(content.textContent).not.toMatch(/Get started|Talk to us|Quick view|View Options/);
  });

  it('keeps a row that says something beside its buttons', () => {
    const content = body(`${intro}<div class="cta-wrapper"><p>Plans start at $29 a month.</p><a href="/start">Get started</a></div>`);
    removeButtonRows(content);
    expect(content.textContent).toContain('Plans start at $29');
  });

  it('keeps a block so named whose links are longer than a few buttons', () => {
    const links = ['Venues in Baltimore and Annapolis', 'Catering for two hundred guests', 'Programs, speakers and entertainment', 'Transport from the airport'];
    const content = body(`${intro}<div class="actions">${links.map((l) => `<a href="/x">${l}</a>`).join(' ')}</div>`);
    removeButtonRows(content);
    expect(content.textContent).toContain('Catering for two hundred guests');
  });
});
