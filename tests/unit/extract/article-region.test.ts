import { describe, expect, it } from 'vitest';
import { articleRegion, keepOnlyRegion } from '../../../src/core/extract/article-region';
import { mainContainer, measureText } from '../../../src/core/extract/main-container';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';
import { read } from './read-fixture';

const prose = (n: number, topic = 'The story'): string =>
  Array.from({ length: n }, (_, i) => `<p>${topic}, paragraph ${i}: enough words in it to be read as prose by anyone who opens this page.</p>`).join('');
const menu = '<nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>';

function region(bodyHtml: string): { body: HTMLElement; found: Element | null } {
  const body = parseWithLinkedom(`<!doctype html><html><body>${bodyHtml}</body></html>`).body;
  const weights = measureText(body);
  return { body, found: articleRegion(body, mainContainer(body, weights), weights) };
}

describe('the region of an article page Readability reads', () => {
  it('is the main container\'s parent, widened to hold the headline', () => {
    const { found } = region(`${menu}<div id="page"><header><h1>Title</h1><p class="standfirst">What happened.</p></header>`
      + `<div id="wrap"><div id="text">${prose(8)}</div><div id="more">${prose(1, 'Also')}</div></div></div><footer><p>${prose(1, 'Footer')}</p></footer>`);
    expect(found?.id).toBe('page');
  });

  it('is the container\'s parent when the page has no h1', () => {
    const { found } = region(`${menu}<div id="wrap"><div id="text">${prose(8)}</div><div id="more">${prose(1, 'Also')}</div></div><footer>${prose(1, 'Footer')}</footer>`);
    expect(found?.id).toBe('wrap');
  });

  it('is none when it would hold under half of the page\'s plain text', () => {
    const { found } = region(`<div id="wrap"><div id="text">${prose(5)}</div></div><div id="side">${prose(3, 'Live')}</div><div id="other">${prose(3, 'Feed')}</div>`);
    expect(found).toBeNull();
  });

  it('is none when a paragraph of prose lies outside it, where the article may go on', () => {
    const { found } = region(`<div id="page"><h1>Title</h1><div id="wrap"><div id="text">${prose(12)}</div></div></div>`
      + `<section><p>The story goes on in a second section of its own, a paragraph long enough to be prose that a reader would miss if it were cut off here, as it was on some pages.</p></section>`);
    expect(found).toBeNull();
  });

  it('is none when the headline sits outside every block but the body', () => {
    const { found } = region(`<h1>Title</h1><div id="wrap"><div id="text">${prose(8)}</div></div>`);
    expect(found).toBeNull();
  });
});

describe('keeping only the region', () => {
  it('removes what lies outside it and keeps its ancestors with their attributes', () => {
    const body = parseWithLinkedom(`<!doctype html><html><body>${menu}<div id="outer" dir="rtl"><aside>Side</aside><div id="region"><p>Kept</p></div></div><footer>Foot</footer></body></html>`).body;
    keepOnlyRegion(body.querySelector('#region')!, body);
    expect(body.innerHTML).toBe('<div id="outer" dir="rtl"><div id="region"><p>Kept</p></div></div>');
  });

  it('leaves out of the article a footer note Readability would have appended beside the body', () => {
    const html = `<!doctype html><html><head><title>Title</title></head><body>${menu}<div id="page"><h1>Title</h1><div id="wrap"><div id="text">${prose(10)}</div></div></div>`
      + `<div id="note"><p>Disclaimer: the views on this site are mine alone and are given without any warranty whatsoever, in any form, for any use.</p></div></body></html>`;
    const article = read(html);
    expect(article?.text).toContain('paragraph 9');
    expect(article?.text).not.toContain('Disclaimer');
  });
});
