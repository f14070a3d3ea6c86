import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../../src/core/extract/metadata';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (head: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head>${head}</head><body><p>Text</p></body></html>`);

describe('lead image', () => {
  it('is made absolute against the page URL when og:image is relative', () => {
    const doc = page('<meta property="og:image" content="/img/lead.jpg">');
    expect(readMetadata(doc, 'https://example.com/news/story.html').leadImage).toBe('https://example.com/img/lead.jpg');
  });

  it('resolves a JSON-LD image path the same way', () => {
    const doc = page('<script type="application/ld+json">{"@type":"NewsArticle","image":{"url":"pics/a.png"}}</script>');
    expect(readMetadata(doc, 'https://example.com/news/story.html').leadImage).toBe('https://example.com/news/pics/a.png');
  });

  it('falls back to the document base when no URL is given', () => {
    const doc = page('<base href="https://cdn.example.org/site/"><meta property="og:image" content="lead.jpg">');
    expect(readMetadata(doc).leadImage).toBe('https://cdn.example.org/site/lead.jpg');
  });

  it('keeps an absolute URL, and stays relative when there is nothing to resolve against', () => {
    expect(readMetadata(page('<meta property="og:image" content="https://a.example/x.jpg">'), 'https://b.example/').leadImage).toBe('https://a.example/x.jpg');
    expect(readMetadata(page('<meta property="og:image" content="/x.jpg">')).leadImage).toBe('/x.jpg');
    expect(readMetadata(page('')).leadImage).toBeNull();
  });
});
