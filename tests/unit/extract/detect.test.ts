import { describe, expect, it } from 'vitest';
import { isArticle } from '../../../src/core/detect/is-article';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { fixture, read } from './read-fixture';

describe('isArticle', () => {
  it('says yes to a news story', () => {
    expect(isArticle(parseWithLinkedom(fixture('json-ld.html')), 'https://example.com/news/2026/03/01/the-declared-headline-of-today')).toBe(true);
    expect(isArticle(parseWithLinkedom(fixture('related.html')), 'https://example.com/2026/03/council-votes-the-new-city-budget')).toBe(true);
  });

  it('says no to a product listing and to a forum thread', () => {
    expect(isArticle(parseWithLinkedom(fixture('listing.html')), 'https://shop.example.com/category/shoes/')).toBe(false);
    expect(isArticle(parseWithLinkedom(fixture('forum.html')), 'https://forum.example.com/t/which-budget-tool/42')).toBe(false);
  });

  it('says no to a document without a body', () => {
    expect(isArticle(parseWithLinkedom('<html><head><title>x</title></head></html>'))).toBe(false);
  });

  it('still extracts the main content of pages that are not articles', () => {
    const thread = read(fixture('forum.html'), 'https://forum.example.com/t/which-budget-tool/42');
    expect(thread.isArticle).toBe(false);
    expect(thread.text).toContain('Reply number 1:');
    expect(thread.text).toContain('Reply number 12:');
  });
});
