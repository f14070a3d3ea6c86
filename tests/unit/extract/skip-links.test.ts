import { describe, expect, it } from 'vitest';
import { removeSkipLinks } from '../../../src/core/extract/skip-links';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { read } from './read-fixture';

describe('skip links', () => {
  it('go; in-page links with other words stay', () => {
    const doc = parseWithLinkedom(`<html><body><div id="c"><a href="#main" class="skip-link">Skip to main content</a>
      <a href="#nav">Jump to
        navigation</a><p>See <a href="#pricing">the prices</a> and <a href="#content">skip to content marketing tips</a>.</p></div></body></html>`);
    const content = doc.getElementById('c')!;
    removeSkipLinks(content);
    expect(content.textContent).not.toMatch(/main content|Jump to/);
    expect(content.textContent).toContain('the prices');
    expect(content.textContent).toContain('skip to content marketing tips');
  });

  it('are not read as part of a page that is not an article', () => {
    const tile = (name: string): string => `<div class="tile"><h3>${name}</h3><div>${name} for small shops, with hosting and support included every month.</div></div>`;
    const article = read(`<html><head><title>Web design</title></head><body><div id="page"><a href="#content">Skip to content</a>
      <h1>Web design</h1>${['Design', 'Build', 'Hosting', 'Support', 'Shops'].map(tile).join('')}</div></body></html>`);
    expect(article.text).toContain('Hosting for small shops');
    expect(article.text).not.toContain('Skip to content');
  });
});
