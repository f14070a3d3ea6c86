import { describe, expect, it } from 'vitest';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const prose = `<p>${'A sewing machine for clothes must feed heavy denim and thin silk evenly, hold its tension on long seams, and stay quiet enough for an evening of work. '.repeat(3)}</p>`;
// A listicle's item: a short note whose link (the product's name) is just over a fifth of its text.
const item = '<div><p>Our pick: the <a href="/acme-home-3000">Acme Home 3000</a>.</p><p>Sturdy and cheap, it sews well.</p></div>';

describe('link density in articles', () => {
  it('keeps a short block whose text is a fifth links', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>Best sewing machines</title></head><body><article><h1>Best sewing machines</h1>${prose}${item}${prose}</article></body></html>`);
    const text = extractContent(doc, { isArticle: true })?.content.textContent ?? '';
    expect(text).toContain('Our pick');
  });
});
