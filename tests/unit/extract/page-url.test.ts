import { describe, expect, it } from 'vitest';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { pageUrl } from '../../../src/core/extract/page-url';

const doc = (head: string, body = '<p>x</p>') => parseWithLinkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('pageUrl', () => {
  const all = '<meta property="og:url" content="https://og.example/a"><link rel="canonical" href="https://canonical.example/a"><base href="https://base.example/">';

  it('prefers the given URL, then <base>, the canonical link and og:url, whatever their order in the page', () => {
    expect(pageUrl(doc(all), 'https://given.example/x')).toBe('https://given.example/x');
    expect(pageUrl(doc(all), null)).toBe('https://base.example/');
    expect(pageUrl(doc(all.replace(/<base[^>]*>/, '')), null)).toBe('https://canonical.example/a');
    expect(pageUrl(doc('<meta property="og:url" content="https://og.example/a">'), undefined)).toBe('https://og.example/a');
  });

  it('skips relative and non-web addresses, and finds statements pushed into the body', () => {
    expect(pageUrl(doc('<link rel="canonical" href="/relative"><meta property="og:url" content="javascript:alert(1)">'), 'not a url')).toBeNull();
    expect(pageUrl(doc('', '<div></div><link rel="canonical" href="https://late.example/p">'), null)).toBe('https://late.example/p');
  });
});
