import { describe, expect, it } from 'vitest';
import { readPageFacts } from '../../../src/core/dom/page-facts';
import { readMetadata } from '../../../src/core/extract/metadata';
import { pageSignals } from '../../../src/core/detect/page-signals';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const declaring = parseWithLinkedom(`<html><head><title>t</title><meta property="og:title" content="Declared title">
  <meta property="og:type" content="article">
  <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ann Lee"}}</script></head><body><p>x</p></body></html>`);
const silent = parseWithLinkedom('<html><head><title>t</title></head><body><p>x</p></body></html>');

describe('page facts read once', () => {
  it('gives detection and metadata the declared tags and JSON-LD', () => {
    const facts = readPageFacts(declaring);
    expect(facts.tags.content('og:title')).toBe('Declared title');
    expect(facts.jsonLd).toEqual([{ '@type': 'NewsArticle', author: { '@type': 'Person', name: 'Ann Lee' } }]);
  });

  it('are used as given, without reading the page again', () => {
    const facts = readPageFacts(declaring);
    const meta = readMetadata(silent, null, facts);
    expect([meta.title, meta.byline]).toEqual(['Declared title', 'Ann Lee']);
    const signals = pageSignals(silent, null, facts);
    expect(signals.schemaTypes).toContain('newsarticle');
    expect(signals.ogType).toBe('article');
    expect(pageSignals(silent, null).schemaTypes).toEqual([]);
  });

  it('reads the <meta> and <script> elements of the whole page, body included, in document order', () => {
    const doc = parseWithLinkedom(`<html><head><meta name="description" content="Head">
      <script type="application/ld+json">{"n":1}</script></head><body><div itemscope><meta itemprop="author" content="Body author">
      <div><script type="application/ld+json">{"n":2}</script></div></div><meta name="description" content="Later">
      <script type="application/ld+json">{"n":3}</script></body></html>`);
    const facts = readPageFacts(doc);
    expect(facts.tags.content('description')).toBe('Head');
    expect(facts.tags.content('author')).toBe('Body author');
    expect(facts.jsonLd).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });
});
