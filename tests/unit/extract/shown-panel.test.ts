import { describe, expect, it } from 'vitest';
import { panelSetOf } from '../../../src/core/extract/shown-panel';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Kettle' })}</script>`;
const prose = (topic: string): string => `<p>${`The kettle's ${topic} was designed for a kitchen that boils water many times a day, quietly and quickly. `.repeat(2)}</p>`;
const items = ['A glass window shows how much water is left', 'A filter keeps scale out of the cup', 'The lid opens with one press of a button', 'The base turns all the way round', 'The cord winds under the base'].map((item) => `<li>${item}</li>`).join('');
const tabs = (state: string): string => `<section class="product-tabs"><div class="tabs"><div class="tab ${state}"><h5>Description</h5></div><div class="tab"><h5>Features</h5></div><div class="tab"><h5>In use</h5></div></div>
  <div class="content-wrapper"><div class="content ${state}">${prose('steel body')}${prose('spout')}${prose('handle')}</div>
  <div class="content"><ul><li>Boils a litre in three minutes</li><li>Switches off when dry</li><li>Holds 1.7 litres</li></ul></div>
  <div class="content"><ul>${items}</ul></div></div></section>`;
const page = (state: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Kettle</title>${ld}</head><body>
  <header><a href="/">Shop</a></header><main><h1>Kettle</h1><p>$49</p>${tabs(state)}</main></body></html>`);

describe("a product's tabs without roles", () => {
  it('reads every panel, with the tabs\' labels, when the shown one was chosen', () => {
    const text = extractContent(page('active'), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('steel body');
    expect(text).toContain('Switches off when dry');
    expect(text).toContain('Features');
  });

  it('finds the set only above a panel marked shown among siblings like it', () => {
    const doc = page('active');
    const chars = (el: Element): number => (el.textContent ?? '').length;
    expect(panelSetOf(doc.querySelector('.content.active p')!, chars)?.className).toBe('product-tabs');
    expect(panelSetOf(page('').querySelector('.content p')!, chars)).toBeNull();
  });
});
