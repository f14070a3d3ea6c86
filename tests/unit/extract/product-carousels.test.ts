import { describe, expect, it } from 'vitest';
import { removeProductCarousels } from '../../../src/core/extract/product-carousels';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);

function pruned(body: string): string {
  const doc = page(body);
  removeProductCarousels(doc.body);
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ');
}

const product = `<div class="product"><h1>Camp Mug</h1><span class="price">$25.00</span>
  <p>A double-wall stainless steel mug that keeps coffee hot through a long morning at camp, with a lid that stays on.</p>
  <ul><li>Dishwasher safe</li><li>Holds 14 oz</li></ul></div>`;
const card = (name: string, price: string) => `<li><a href="/p/${name}">${name}</a> <span>${price}</span></li>`;
const carousel = (cards: string[]) => `<section><h2>You may also like</h2><ul>${cards.join('')}</ul></section>`;

describe('product carousels', () => {
  it('removes a carousel of other products with its heading, and keeps the product', () => {
    const text = pruned(product + carousel([card('Tumbler', '$35.00'), card('Bottle', '€40'), card('Cooler', '120,00 €')]));
    expect(text).toContain('double-wall stainless steel');
    expect(text).toContain('$25.00');
    expect(text).not.toContain('You may also like');
    expect(text).not.toContain('Tumbler');
    expect(text).not.toContain('Cooler');
  });

  it('keeps two cards: under three is not a carousel', () => {
    expect(pruned(product + carousel([card('Tumbler', '$35.00'), card('Bottle', '$40.00')]))).toContain('Tumbler');
  });

  it('keeps a price list whose rows link nowhere (bulk prices of the product itself)', () => {
    const tiers = '<table><tr><td>1–9</td><td>$20.00</td></tr><tr><td>10–49</td><td>$15.00</td></tr><tr><td>50+</td><td>$13.00</td></tr></table>';
    expect(pruned(product + tiers)).toContain('$15.00');
  });

  it('keeps long cards: descriptions are not teasers', () => {
    const long = (name: string) => `<li><a href="/p/${name}">${name}</a> $10 ${'A long description of what this plan includes. '.repeat(10)}</li>`;
    expect(pruned(product + `<ul>${long('Basic')}${long('Plus')}${long('Pro')}</ul>`)).toContain('Basic');
  });

  it('keeps lists of cards on a page with no price of its own, or none outside links (a listing)', () => {
    const cards = [card('Tumbler', '$35.00'), card('Bottle', '$40.00'), card('Cooler', '$120.00')];
    const intro = '<h1>Drinkware</h1><p>Cups, bottles and coolers for camp and the office.</p>';
    expect(pruned(`${intro}<ul>${cards.join('')}</ul>`)).toContain('Cooler');
    expect(pruned(`<a href="/gift">Save $25 on gift cards</a>${intro}<ul>${cards.join('')}</ul>`)).toContain('Cooler');
  });

  it('keeps a list of cards that holds the page title', () => {
    const cards = [card('Tumbler', '$35.00'), card('Bottle', '$40.00'), card('Cooler', '$120.00')];
    expect(pruned(`<p>From $20</p><ul><li><h1>Drinkware</h1></li>${cards.join('')}</ul>`)).toContain('Cooler');
  });

  it('reads a price whose currency sign is printed in an element of its own', () => {
    const split = (name: string, amount: string) => `<li><a href="/p/${name}">${name}</a> <span class="amount"><span class="currency-symbol">$</span>${amount}</span></li>`;
    const text = pruned(product + carousel([split('Tumbler', '35'), split('Bottle', '40'), split('Cooler', '120')]));
    expect(text).not.toContain('Tumbler');
    expect(text).toContain('double-wall stainless steel');
  });

  it('counts a card whose link is scripted (an anchor without href)', () => {
    const scripted = (name: string, price: string) => `<li><a class="title">${name}</a> <span>${price}</span></li>`;
    expect(pruned(product + carousel([scripted('Tumbler', '$35.00'), scripted('Bottle', '$40.00'), scripted('Cooler', '$120.00')]))).not.toContain('Tumbler');
  });

  it('keeps cards with neither a link nor an anchor', () => {
    const plain = (name: string, price: string) => `<li><b>${name}</b> <span>${price}</span></li>`;
    expect(pruned(product + carousel([plain('Tumbler', '$35.00'), plain('Bottle', '$40.00'), plain('Cooler', '$120.00')]))).toContain('Tumbler');
  });
});
