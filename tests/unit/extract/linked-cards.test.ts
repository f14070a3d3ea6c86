import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { markLinkedCards } from '../../../src/core/extract/linked-cards';
import { measureText } from '../../../src/core/extract/main-container';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Bookkeeping services</title></head><body>${body}</body></html>`);
const intro = `<p>${'Our accountants keep your books in order, file your taxes on time and answer your questions all year. '.repeat(3)}</p>`;
const card = (name: string): string => `<div class="card"><h3><a href="/services/${name}">${name} services for small firms</a></h3>`
  + `<p>We handle ${name} for your team, on time, every single month.</p><a href="/services/${name}#more">Learn more about it</a></div>`;
const cards = ['Payroll', 'Invoicing', 'Reporting'].map(card).join('');

describe('cards of text with links', () => {
  it('are named with a positive word inside the container; a menu, a block named as chrome and blocks outside are not', () => {
    const doc = page(`<div class="menu-list"><h3>Menu</h3><a href="/a">About us and our team</a> <a href="/b">Blog</a></div>`
      + `<main><div class="grid">${cards}</div><div class="promo"><h3><a href="/sale">Spring sale</a></h3><p>Half price on every plan this spring.</p></div></main>`);
    const main = doc.querySelector('main')!;
    markLinkedCards(main, measureText(doc.body));
    const names = Array.from(doc.querySelectorAll('div'), (el) => el.getAttribute('class'));
    expect(names).toEqual(['menu-list', 'grid text', 'card text', 'card text', 'card text', 'promo']);
  });

  it('are kept by Readability once named so, which drops them for a fifth of their text in links otherwise', () => {
    const read = (mark: boolean): string => {
      const doc = page(`<main><h1>Bookkeeping services</h1>${intro}${intro}<div class="grid">${cards}</div></main>`);
      if (mark) markLinkedCards(doc.querySelector('main')!, measureText(doc.body));
      return new Readability(doc).parse()?.textContent ?? '';
    };
    expect(read(false)).not.toContain('We handle Invoicing');
    expect(read(true)).toContain('We handle Invoicing for your team');
  });
});
