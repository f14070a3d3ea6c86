import { describe, expect, it } from 'vitest';
import { removeRepeatedCopies } from '../../../src/core/extract/repeated-copies';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const body = (html: string): Element =>
  parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).body;

const count = (el: Element, text: string): number => (el.textContent ?? '').split(text).length - 1;

const card = (i: number): string => `<div class="card"><h3>Workshop ${i}: building boats from reclaimed oak</h3><p>Saturday at 10:00, harbour hall, free entry for members of the club</p></div>`;
const grid = [1, 2, 3].map(card).join('');

describe('repeated copies on pages that are not articles', () => {
  it('read a grid printed for small and for large screens once', () => {
    const content = body(`<h1>Workshops</h1><div class="mobile">${grid}</div><div class="desktop">${grid}</div>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Workshop 2:')).toBe(1);
    expect(content.querySelector('.mobile')).not.toBeNull();
    expect(content.querySelector('.desktop')).toBeNull();
  });

  it('read a list printed twice once', () => {
    const list = '<ul><li>Oak benches for the garden and the terrace</li><li>Pine shelves for the shed and the workshop</li><li>Walnut boxes for keepsakes and letters</li></ul>';
    const content = body(`<div class="top"><h2>Shop by room</h2>${list}</div><div class="bottom">${list}</div>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Walnut boxes')).toBe(1);
  });

  it('read a card printed twice once, the other cards stay', () => {
    const content = body(`<div class="grid">${card(1)}${card(1)}${card(2)}</div>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Workshop 1:')).toBe(1);
    expect(count(content, 'Workshop 2:')).toBe(1);
  });

  it('keep short blocks that repeat for real', () => {
    const coupon = (n: number): string => `<div class="coupon"><b>$${n} off</b><p>Show it before the work starts.</p></div>`;
    const content = body(`<div class="a">${coupon(20)}</div><div class="b">${coupon(20)}</div>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Show it before')).toBe(2);
  });

  it('keep the same features listed under each plan of a pricing table', () => {
    const features = '<ul class="features"><li>Unlimited boards and docs for the whole team</li><li>Two-factor login and audit log</li><li>Priority support by phone</li></ul>';
    const plan = (name: string, price: string): string => `<div class="plan"><h3>${name}</h3><p>${price} a month</p>${features}</div>`;
    const content = body(`<div class="plans">${plan('Team', '$9')}${plan('Business', '$19')}</div>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Two-factor login')).toBe(2);
  });

  it('keep blocks inside list items (two footnotes citing one book) and blocks holding code', () => {
    const cite = '<span class="ref"><i>The Shipwright’s Manual</i>, second edition, London, 1921.</span> <span class="pages">Pages 12 to 14 on the keel and its scarf joints.</span>';
    const code = '<div class="param"><h4>limit</h4><p>How many items to return, between one and a hundred.</p><pre><code>?limit=20</code></pre></div>';
    const content = body(`<ol><li>${cite}</li><li>${cite}</li></ol><section class="get">${code}</section><section class="list">${code}</section>`);
    removeRepeatedCopies(content);
    expect(count(content, 'Shipwright')).toBe(2);
    expect(count(content, 'How many items')).toBe(2);
  });

  it('are read once from a listing page, not from an article', () => {
    const page = (): Document => parseWithLinkedom(`<!doctype html><html><head><title>Workshops</title></head><body><main><h1>Workshops</h1><div class="mobile">${grid}</div><div class="desktop">${grid}</div></main></body></html>`);
    const listing = extractContent(page(), { isArticle: false });
    expect(count(listing?.content as Element, 'Workshop 2:')).toBe(1);
    const article = extractContent(page(), { isArticle: true });
    expect(count(article?.content as Element, 'Workshop 2:')).toBe(2);
  });
});

describe('a single paragraph copied', () => {
  const para = '<p>Carry-on luggage holds your essentials within reach during the flight, sized for the overhead bin of most airlines.</p>';

  it('read a single paragraph copied into another block once', () => {
    const content = body(`<div class="small">${para}</div><div class="large">${para}</div>`);
    removeRepeatedCopies(content);
    expect(content.querySelectorAll('p')).toHaveLength(1);
  });

  it('keep a paragraph said twice in one parent', () => {
    const content = body(`<article>${para}${para}</article>`);
    removeRepeatedCopies(content);
    expect(content.querySelectorAll('p')).toHaveLength(2);
  });

  it("keep a copy that holds the page's title", () => {
    const details = `<h3>Details</h3>${para}<ul><li>Regular fit</li><li>Preshrunk</li></ul>`;
    const content = body(`<div class="a"><div>${details}</div></div><div class="b"><h1></h1>${details}</div>`);
    removeRepeatedCopies(content);
    expect(content.querySelector('.b h1')).not.toBeNull();
  });

  it('is read once from a page that is not an article (a shop, a service), twice from an article', () => {
    const page = (): Document => parseWithLinkedom(`<!doctype html><html><head><title>Cabin bag</title></head><body><main><h1>Cabin bag</h1><span>$120.00</span><section class="mobile">${para}</section><section class="desktop">${para}</section></main></body></html>`);
    const other = extractContent(page(), { isArticle: false });
    expect(count(other?.content as Element, 'Carry-on luggage')).toBe(1);
    const article = extractContent(page(), { isArticle: true });
    expect(count(article?.content as Element, 'Carry-on luggage')).toBe(2);
  });
});
