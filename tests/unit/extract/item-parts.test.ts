import { describe, expect, it } from 'vitest';
import { pruneBoilerplate } from '../../../src/core/extract/prune-boilerplate';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function pruned(body: string, isArticle: boolean): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  pruneBoilerplate(doc, isArticle);
  return doc.body.textContent ?? '';
}

const item = (i: number): string => `<article class="story">
  <header><h2><a href="/s${i}">Story ${i} about the harbour</a></h2><p>Summary of story ${i}.</p></header>
  <footer><time>March ${i}</time></footer>
</article>`;
const listing = `<header class="site"><a href="/">Harbour News</a> <a href="/about">About us</a></header>
  <main><h1>Harbour</h1>${[1, 2, 3, 4].map(item).join('')}</main>
  <footer class="site">Copyright Harbour News</footer>`;

describe('headers and footers of listed items', () => {
  it('stay on a page that lists articles, the page header and footer go', () => {
    const text = pruned(listing, false);
    expect(text).toContain('Story 4 about the harbour');
    expect(text).toContain('Summary of story 1.');
    expect(text).toContain('March 2');
    expect(text).not.toMatch(/About us|Copyright/);
  });

  it('go on an article page', () => {
    expect(pruned(listing, true)).not.toContain('Summary of story 1.');
  });

  it('go when a single article wraps the page: its header is the site header', () => {
    const text = pruned(`<article><header><a href="/">Harbour News</a> <a href="/about">About us</a></header><h1>Harbour</h1><p>Boats.</p></article>`, false);
    expect(text).not.toContain('About us');
  });

  it('go inside a section of an item: that header belongs to the section', () => {
    const nested = [1, 2, 3].map((i) => `<article><h2>Item ${i}</h2><section><header>Section chrome ${i}</header><p>Body ${i}</p></section></article>`).join('');
    expect(pruned(nested, false)).not.toContain('Section chrome');
  });
});

describe('headers of a page\'s sections', () => {
  const landing = `<header class="site"><a href="/">Loomy</a> <a href="/pricing">Pricing</a></header>
    <main><header><h1>Record your screen</h1><p>Share a video instead of a meeting.</p></header>
    <section><header><h2>Edit like a pro</h2><p>Trim and stitch clips in the browser.</p></header><p>Works on any device.</p></section></main>
    <footer>Copyright Loomy</footer>`;

  it('stay on a page that is not an article: they hold its titles and intros, the page header goes', () => {
    const text = pruned(landing, false);
    expect(text).toContain('Share a video instead of a meeting.');
    expect(text).toContain('Trim and stitch clips in the browser.');
    expect(text).not.toMatch(/Pricing|Copyright/);
  });

  it('go on an article page, as before', () => {
    expect(pruned(landing, true)).not.toContain('Trim and stitch clips');
  });
});
