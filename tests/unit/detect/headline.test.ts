import { describe, expect, it } from 'vitest';
import { TitleHeadings, bylineNear, dateNear, headlineSurroundings } from '../../../src/core/detect/headline';
import { pageSignals } from '../../../src/core/detect/page-signals';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (head: string, body: string) => parseWithLinkedom(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
const prose = (n: number) => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i}: the harbour board met on Monday and agreed to dredge the channel before the autumn storms arrive again.</p>`).join('');

describe('TitleHeadings', () => {
  const titles = new TitleHeadings(['Floods close the coast road for a week', 'Floods close the coast road']);
  const heading = (html: string) => page('', html).body!.firstElementChild!;

  it('takes the heading that repeats most of a title, whatever its level', () => {
    expect(titles.repeatsTitle(heading('<h2>Floods close the coast road for a week</h2>'))).toBe(true);
    expect(titles.repeatsTitle(heading('<h3>Floods close the <em>coast road</em></h3>'))).toBe(true);
  });

  it('takes a heading that adds a few words to the title, and cuts the site name off og:title too', () => {
    const og = new TitleHeadings([null, 'Floods close the coast road - Coast News']);
    expect(og.repeatsTitle(heading('<h1>Floods close the coast road (coastnews.example)</h1>'))).toBe(true);
    expect(og.repeatsTitle(heading('<h1>Coast News</h1>'))).toBe(false);
  });

  it('leaves out a site name, a short section title and headings that merely share words', () => {
    expect(titles.repeatsTitle(heading('<h1>Coast News</h1>'))).toBe(false);
    expect(titles.repeatsTitle(heading('<h2>Floods</h2>'))).toBe(false);
    expect(titles.repeatsTitle(heading('<h2>More on the coast road works this summer</h2>'))).toBe(false);
  });
});

describe('headlineSurroundings', () => {
  it('reads the siblings after the headline when the story shares its parent', () => {
    const doc = page('', `<div><h2 id="h">Floods close the coast road</h2><div class="meta"><a rel="author" href="/a">Ann Lee</a> 3 March 2026</div>${prose(20)}</div>`);
    const around = headlineSurroundings(doc.body!, doc.getElementById('h'));
    expect(around.slice(0, 2).map((el) => el.tagName)).toEqual(['H2', 'DIV']);
    // Bounded: a few paragraphs of the story, not all twenty.
    expect(around.length).toBeLessThan(22);
    expect(around.reduce((n, el) => n + (el.textContent ?? '').length, 0)).toBeLessThanOrEqual(1500);
    expect(bylineNear(around)).toBe(true);
    expect(dateNear(around)).toBe(true);
  });

  it('does not take a feed of times after a section title for a dated story', () => {
    const feed = Array.from({ length: 4 }, (_, i) => `<li><time>10:1${i}</time> <a href="/b${i}">Brief ${i}</a></li>`).join('');
    const doc = page('', `<div><h2 id="h">Latest news</h2><ul>${feed}</ul>${prose(20)}</div>`);
    expect(dateNear(headlineSurroundings(doc.body!, doc.getElementById('h')))).toBe(false);
  });
});

describe('bylineNear', () => {
  const around = (html: string) => Array.from(page('', html).body!.children);

  it('finds a byline by rel or itemprop author, or a class naming a byline or an author, in any case', () => {
    expect(bylineNear(around('<h1>Title</h1><p>By <a rel="Author" href="/a">Ann</a></p>'))).toBe(true);
    expect(bylineNear(around('<h1>Title</h1><p>By <span itemprop="author">Ann</span></p>'))).toBe(true);
    expect(bylineNear(around('<h1>Title</h1><div class="Post-ByLine">Ann</div>'))).toBe(true);
    expect(bylineNear(around('<h1>Title</h1><div><span class="entry-author-name">Ann</span></div>'))).toBe(true);
  });

  it('does not take other attributes, an itemprop in another case, or a template\'s content', () => {
    expect(bylineNear(around('<h1>Title</h1><p><a rel="nofollow" href="/a">Ann</a> <span itemprop="Author">Lee</span></p>'))).toBe(false);
    expect(bylineNear(around('<h1>Title</h1><p id="author" data-role="byline">Ann</p>'))).toBe(false);
    expect(bylineNear(around('<h1>Title</h1><div><template><span class="byline">Ann</span></template></div>'))).toBe(false);
  });
});

describe('page signals by the headline', () => {
  it('keep the h1 that repeats the title over a later heading that repeats it exactly', () => {
    const doc = page('<meta property="og:title" content="Floods close the coast road - Coast News">',
      `<article><header><h1>Floods close the coast road (coastnews.example)</h1><span class="byline">Ann Lee</span></header>${prose(20)}</article>
       <section class="comments"><h2>Floods close the coast road</h2>${prose(20)}</section>`);
    expect(pageSignals(doc).bylineNearHeadline).toBe(true);
  });

  it('find the byline under the story headline when the h1 is the site logo', () => {
    const doc = page('<title>Floods close the coast road | Coast News</title>',
      `<header><h1>Coast News</h1><nav><a href="/">Home</a></nav></header>
       <div class="main"><h2>Floods close the coast road</h2><div class="meta">By <a rel="author" href="/a">Ann Lee</a></div>${prose(20)}</div>`);
    expect(pageSignals(doc).bylineNearHeadline).toBe(true);
  });
});
