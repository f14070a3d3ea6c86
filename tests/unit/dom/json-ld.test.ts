import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { jsonLdBlocks } from '../../../src/core/dom/json-ld';

const page = (...blocks: string[]) => parseWithLinkedom(`<!doctype html><html><head>${blocks
  .map((b) => `<script type="application/ld+json">${b}</script>`).join('')}<script>var x = 1;</script></head><body><p>x</p></body></html>`);

describe('jsonLdBlocks', () => {
  afterEach(() => { vi.restoreAllMocks(); });

  it('reads every well-formed block and skips broken ones', () => {
    expect(jsonLdBlocks(page('{"@type":"NewsArticle"}', '{broken', '[{"@type":"Person"}]'))).toEqual([{ '@type': 'NewsArticle' }, [{ '@type': 'Person' }]]);
  });

  it('parses a block once for the readers of one page, and again when the page changes', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const doc = page('{"@type":"NewsArticle","headline":"A"}');
    jsonLdBlocks(doc);
    jsonLdBlocks(doc);
    expect(parse).toHaveBeenCalledTimes(1);
    doc.querySelector('script')!.textContent = '{"@type":"NewsArticle","headline":"B"}';
    expect(jsonLdBlocks(doc)).toEqual([{ '@type': 'NewsArticle', headline: 'B' }]);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('reads at most 20 blocks', () => {
    expect(jsonLdBlocks(page(...Array.from({ length: 30 }, (_, i) => `{"n":${i}}`)))).toHaveLength(20);
  });
});
