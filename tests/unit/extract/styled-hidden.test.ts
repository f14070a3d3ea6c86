import { describe, expect, it } from 'vitest';
import { styledHiddenHolder } from '../../../src/core/extract/styled-hidden';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

describe('the outermost block hidden by its style attribute', () => {
  it('is found from inside, up to the root only', () => {
    const body = parseWithLinkedom(`<html><body><div id="modal" style="color: red; display:none"><div style="DISPLAY: none !important"><p id="in">x</p></div></div>
      <div style="display: block"><p id="out">y</p></div></body></html>`).body;
    expect(styledHiddenHolder(body.querySelector('#in')!, body)?.id).toBe('modal');
    expect(styledHiddenHolder(body.querySelector('#out')!, body)).toBeNull();
    expect(styledHiddenHolder(body.querySelector('#in')!, body.querySelector('#modal')!)).not.toBeNull();
  });
});

// A shop's category: a short description and a grid of items; a sign-up dialog, hidden until a click, holds the most plain text.
const signUp = `<div class="account-signup" style="display: none"><form class="registration"><h2>Join our rewards club</h2>
  ${['Earn points with every purchase and spend them on your next order.', 'Receive a gift on your birthday each year, and early access to sales.',
    'Password: at least eight characters, upper and lowercase letters, one number and one symbol, and no spaces.',
    'By checking this box you agree to receive marketing text messages; consent is not a condition of purchase; message rates may apply.',
    'Subscribe to our email to hear about new arrivals, and unsubscribe at any time from the link at the bottom of each email.',
    'Phone number, for easier access to your account; we share it with service providers only, as our privacy policy says.',
    'Members get free ground shipping every day, free returns within sixty days, and a yearly care kit for their leather shoes.'].map((p) => `<p>${p}</p>`).join('')}
  <label>Email <input type="email" name="email"></label><button type="submit">Join</button></form></div>`;
const grid = `<ul class="products">${Array.from({ length: 8 }, (_, i) => `<li class="product"><a href="/shoe-${i}">Leather sneaker model ${i}</a><span>$${120 + i}.00</span></li>`).join('')}</ul>`;
const shop = (hidden: string): string => `<!doctype html><html><head><title>Sneakers</title></head><body>${hidden}
  <div class="category"><h1>Casual sneakers</h1><p>Sneakers with the craft of our dress shoes: hand-finished leather uppers and light, flexible soles for every day.</p>${grid}</div></body></html>`;

describe('a hidden sign-up form on a page that is not an article', () => {
  it('is not where the content is, whether the page is read in place or copied', () => {
    for (const disposable of [true, false]) {
      const text = extractContent(parseWithLinkedom(shop(signUp)), { isArticle: false, disposable })?.content.textContent ?? '';
      expect(text).toContain('Leather sneaker model 7');
      expect(text).not.toContain('rewards club');
    }
  });

  it('holds the content when shown', () => {
    const text = extractContent(parseWithLinkedom(shop(signUp.replace(' style="display: none"', ''))), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('rewards club');
  });
});
