import { describe, expect, it } from 'vitest';
import { removeToolbars } from '../../../src/core/extract/toolbars';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function body(html: string): HTMLElement {
  return parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;
}

const items = '<ol class="products"><li><a href="/kneeler">Garden Kneeler and Seat</a> $39.95</li><li><a href="/trug">Flexible Tub Trug</a> $14.95</li></ol>';

describe('toolbars', () => {
  it("removes a listing's toolbars: the count, the pages and quick links", () => {
    const content = body(`<div class="collection-toolbar"><a href="/c/sets">Skincare sets</a><a href="/c/all">All skincare</a></div>`
      + `<div class="toolbar toolbar-products"><p>Items 1-24 of 123</p></div>${items}<div class="toolbar"><a href="?p=2">Page 2</a></div>`);
    removeToolbars(content);
    expect(content.textContent).toContain('Garden Kneeler and Seat');
    expect(content.textContent).not.toMatch(/Skincare sets|Items 1-24|Page 2/);
  });

  it("keeps a toolbar-named block holding the page's title", () => {
    const content = body(`<div class="page-toolbar"><h1>Garden accessories</h1></div>${items}`);
    removeToolbars(content);
    expect(content.textContent).toContain('Garden accessories');
  });
});
