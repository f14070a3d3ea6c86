// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { SelectorList } from '../../../src/core/dom/selector-list';

const PAGE = `<!doctype html><html><body>
  <div id="didomi-host"><div class="didomi-popup"><p id="inner">x</p></div></div>
  <div id="sp_message_container_123" class="a b"></div>
  <span id="sp_message_container_9"></span>
  <iframe id="sp_message_iframe_1"></iframe>
  <section class="klaro"><div class="cookie-notice one"></div></section>
  <div class="cookie-notice"></div>
  <div class="cky-modal other" data-lisible-consent-hidden=""></div>
  <p data-role="banner">y</p>
  <ul><li class="x y">a</li><li class="y">b</li></ul>
  <article><h2>Title</h2></article>
</body></html>`;

const SELECTORS = [
  '#didomi-host', '#inner', 'div[id^="sp_message_container_"]', 'iframe[id^="sp_message_iframe_"]',
  '.klaro .cookie-notice', '.cky-modal', '[data-lisible-consent-hidden]', 'p[data-role="banner"]',
  'li.x.y', 'ul > li.y', 'article h2:first-child', 'H2',
];

function ids(elements: Element[]): string[] {
  return elements.map((el) => el.outerHTML.slice(0, 60));
}

describe('SelectorList', () => {
  for (const [name, doc] of [
    ['jsdom', new JSDOM(PAGE).window.document],
    ['linkedom', parseHTML(PAGE).document as unknown as Document],
  ] as const) {
    it(`finds what querySelectorAll finds, in document order (${name})`, () => {
      const found = new SelectorList(SELECTORS).findAll(doc);
      expect(ids(found)).toEqual(ids(Array.from(doc.querySelectorAll(SELECTORS.join(',')))));
      expect(found.length).toBe(10);
    });
  }

  it('leaves out elements that only share part of a selector', () => {
    const doc = new JSDOM(PAGE).window.document;
    const found = new SelectorList(['.klaro .cookie-notice', 'li.x.y', 'div[id^="sp_message_container_"]']).findAll(doc);
    expect(found.map((el) => el.className)).toEqual(['a b', 'cookie-notice one', 'x y']);
  });
});
