import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { extractArticle } from '../../../src/core/extract-article';
import { linkedomWindow, parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { fixture, fixturePath } from './read-fixture';

const win = linkedomWindow();
const ARTICLE_URL = 'https://example.com/news/2026/03/01/story.html';
const LISTING_URL = 'https://shop.example.com/category/lamps/';

// A category page: an intro in an <article>, all Readability takes (it scores no line under 25 characters),
// the main container the vote prefers to it, whose lines Readability rewrites (a <div> of inline content
// becomes a <p>) in the page it is given.
const items = Array.from({ length: 30 }, (_, i) => `<div class="tile"><div><a href="/p/${i}">Brass lamp ${i}</a></div><div>€${40 + i}.00</div><div>Linen shade, ${i % 4 + 1} sizes</div></div>`).join('');
const CATEGORY = `<!doctype html><html><head><title>Lamps</title></head><body>
  <nav><a href="/">Home</a></nav>
  <main><h1>Lamps</h1><article><p>${'Our lamps are made in a small workshop, by hand, in brass and linen, by people who care about light. '.repeat(4)}</p></article>
  <div class="grid">${items}</div>
  <form class="filters"><input type="checkbox" name="brass"> Brass</form></main>
  <footer><p>© Example shop</p></footer>
</body></html>`;

function both(html: string, url: string) {
  const live = parseWithLinkedom(html);
  const before = live.documentElement.outerHTML;
  const onCopy = extractArticle(live, { url, window: win });
  const liveAfter = live.documentElement.outerHTML;
  const inPlace = extractArticle(parseWithLinkedom(html), { url, window: win, disposable: true });
  return { before, liveAfter, onCopy, inPlace };
}

describe('a disposable page, read in place', () => {
  const pages = readdirSync(dirname(fixturePath('structure.html'))).filter((name) => name.endsWith('.html'));

  for (const name of pages) {
    for (const url of [ARTICLE_URL, LISTING_URL]) {
      it(`gives what a working copy gives, and only the live page stays untouched: ${name} at ${url}`, () => {
        const { before, liveAfter, onCopy, inPlace } = both(fixture(name), url);
        expect(inPlace).toEqual(onCopy);
        expect(liveAfter).toBe(before);
      });
    }
  }

  it('takes a block Readability did not choose from before Readability rewrote the page', () => {
    const { onCopy, inPlace } = both(CATEGORY, LISTING_URL);
    expect(onCopy?.isArticle).toBe(false);
    expect(inPlace?.text).toContain('€69.00');
    expect(inPlace).toEqual(onCopy);
  });

  for (const entity of ['&#32;', '&nbsp;']) {
    it(`reads a text the parser split at an entity (${entity}) as one text in the block the vote takes, on either path`, () => {
      // linkedom reads "Sold&#32;out" as three texts; a block parsed back from its HTML is split at &nbsp; again, not at &#32;.
      const { onCopy, inPlace } = both(CATEGORY.replace('<div>€45.00</div>', `<div>€45.00</div><div>Sold${entity}out</div>`), LISTING_URL);
      expect(inPlace?.text).toContain('Brass lamp 5');
      expect(inPlace?.text).not.toMatch(/Sold\sout/);
      expect(onCopy).toEqual(inPlace);
    });
  }

  it('is rewritten', () => {
    const doc = parseWithLinkedom(CATEGORY);
    extractArticle(doc, { url: LISTING_URL, window: win, disposable: true });
    expect(doc.querySelector('nav')).toBeNull();
  });
});
