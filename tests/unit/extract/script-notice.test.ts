import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract-article';
import { linkedomWindow, parseWithLinkedom } from '../../../src/cli/linkedom-window';

const win = linkedomWindow();
const URL = 'https://shop.example.com/clearance/';

const page = (body: string) => `<!doctype html><html><head><title>Clearance</title></head><body>${body}</body></html>`;

describe('a page that needs scripts to show anything', () => {
  for (const notice of ['You need to enable JavaScript to run this app.', 'JavaScript is required to view this site.', 'Veuillez activer JavaScript pour continuer.']) {
    it(`has no content when all it says is its notice: "${notice}"`, () => {
      const doc = parseWithLinkedom(page(`<noscript>${notice}</noscript><main id="root"></main>`));
      expect(extractArticle(doc, { url: URL, window: win })).toBeNull();
    });
  }

  it('keeps a short text that is not a notice', () => {
    const doc = parseWithLinkedom(page('<main><h1>Closed today</h1><p>The shop is closed on Sunday, open again on Monday at nine.</p></main>'));
    expect(extractArticle(doc, { url: URL, window: win })?.text).toContain('closed on Sunday');
  });

  it('keeps content that mentions the notice among more to read', () => {
    const prose = 'Many sites now refuse to show anything until you enable JavaScript, which leaves script-less readers with a blank page. '.repeat(4);
    const doc = parseWithLinkedom(page(`<article><h1>Blank pages</h1><p>${prose}</p></article>`));
    expect(extractArticle(doc, { url: 'https://news.example.com/2026/blank-pages', window: win })?.text).toContain('enable JavaScript');
  });
});
