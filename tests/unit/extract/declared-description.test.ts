import { describe, expect, it } from 'vitest';
import { addMissingDescription, declaredDescription } from '../../../src/core/extract/declared-description';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const text = 'A merino sock knit with a cushioned sole and a seamless toe.\nIt stays up all day without pinching.';
const product = (description: string): unknown[] => [{ '@context': 'https://schema.org', '@type': 'Product', name: 'Sock', description }];
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const page = (head: string, body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Sock</title>${head}</head><body>${body}</body></html>`);

describe('declared description', () => {
  it("reads a product's plain-text description, not a short, marked-up or URL-encoded one", () => {
    expect(declaredDescription(product(text))).toBe(text);
    expect(declaredDescription([{ '@graph': [{ '@type': 'WebPage', description: text }, { '@type': ['ProductGroup'], description: text }] }])).toBe(text);
    expect(declaredDescription([{ '@type': 'WebPage', description: text }])).toBeNull();
    expect(declaredDescription(product('Merino sock, cushioned.'))).toBeNull();
    expect(declaredDescription(product(`<p>${text}</p>`))).toBeNull();
    expect(declaredDescription(product(encodeURIComponent(text)))).toBeNull();
  });

  it('puts the description first, a paragraph per line, only when the content lacks it', () => {
    const doc = page('', '<div><p>Questions? Our team answers every day by phone and email.</p></div>');
    const content = doc.querySelector('div')!;
    addMissingDescription(content, text);
    expect(Array.from(content.querySelectorAll('p'), (p) => p.textContent)).toEqual([
      'A merino sock knit with a cushioned sole and a seamless toe.',
      'It stays up all day without pinching.',
      'Questions? Our team answers every day by phone and email.',
    ]);
    addMissingDescription(content, text);
    expect(content.querySelectorAll('p')).toHaveLength(3);
  });

  it("restores a product page's description rendered from script data only", () => {
    const body = `<main><h1>Sock</h1><p>${'Our team answers every question by phone and email, every day of the week. '.repeat(3)}</p></main>`;
    const shell = extractContent(page(ld(product(text)), body), { isArticle: false });
    expect(shell?.content.textContent).toContain('cushioned sole');
    const other = extractContent(page(ld([{ '@type': 'WebPage', description: text }]), body), { isArticle: false });
    expect(other?.content.textContent).not.toContain('cushioned sole');
  });
});
