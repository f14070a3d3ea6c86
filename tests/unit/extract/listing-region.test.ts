import { describe, expect, it } from 'vitest';
import { listingRegion } from '../../../src/core/extract/listing-region';
import { itemGrid } from '../../../src/core/extract/listing-content';
import { dominantBlock, mainContainer, measureText, type TextWeight } from '../../../src/core/extract/main-container';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// The widest block: the one holding most of the page's text, links counted.
const widestBlock = (body: Element, weights: Map<Element, TextWeight>): Element => dominantBlock(body, weights, (weight) => weight.chars);

const page = (body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Science</title></head><body>${body}</body></html>`);

// A news front: a lead story, then sections of headlines, each its own list.
const headlines = (topic: string, n: number): string => Array.from({ length: n }, (_, i) =>
  `<li class="card"><a href="/${topic}/${i}">${topic} headline number ${i + 1} about a discovery <span class="when">${i + 1} hours ago</span></a></li>`).join('');
const front = `<header><nav><a href="/">Home</a><a href="/science">Science</a></nav></header>
  <main><h1>Science</h1>
    <section class="lead"><h2><a href="/lead">Astronomers map a cold comet</a></h2><p>The comet left the outer system a million years ago, and a telescope in Chile followed it for a month. Its tail, seen in March, was longer than expected.</p></section>
    <section class="topic"><h2>Space</h2><ul class="list">${headlines('Space', 4)}</ul></section>
    <section class="topic"><h2>Climate</h2><ul class="list">${headlines('Climate', 4)}</ul></section>
    <section class="more"><h2>More science</h2><ul class="stream">${headlines('Biology', 8)}</ul></section>
  </main>
  <footer><p>Contact the newsroom.</p></footer>`;

describe('listing region', () => {
  it('is the block holding every section of headlines', () => {
    const doc = page(front);
    const weights = measureText(doc.body);
    const grid = itemGrid(doc.body, weights)!;
    expect(grid.element.className).toBe('stream');
    const region = listingRegion(doc.body, mainContainer(doc.body, weights), grid.element, weights);
    expect(region?.tagName).toBe('MAIN');
  });

  it('is none when the widest block is mostly prose', () => {
    const prose = `<p>${'A long story told in plain words, without a single link to follow. '.repeat(8)}</p>`;
    const teasers = Array.from({ length: 10 }, (_, i) => `<li class="card"><a href="/b/${i}">Biology story ${i + 1}</a><p>A teaser of the story, told in a line.</p></li>`).join('');
    const doc = page(`<main><article>${prose}</article><ul class="stream">${teasers}</ul></main>`);
    const weights = measureText(doc.body);
    const grid = itemGrid(doc.body, weights)!;
    expect(widestBlock(doc.body, weights).tagName).toBe('MAIN');
    expect(listingRegion(doc.body, doc.querySelector('article')!, grid.element, weights)).toBeNull();
  });

  it('is none when the widest block is the main container itself', () => {
    const doc = page(`<main><ul class="stream">${headlines('Biology', 8)}</ul></main>`);
    const weights = measureText(doc.body);
    const grid = itemGrid(doc.body, weights)!;
    expect(listingRegion(doc.body, widestBlock(doc.body, weights), grid.element, weights)).toBeNull();
  });
});

describe('listing region in extraction', () => {
  it('reads every section of a front that is not an article, not only its longest list', () => {
    const text = extractContent(page(front), { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Space headline number 4');
    expect(text).toContain('Climate headline number 1');
    expect(text).toContain('Biology headline number 8');
    expect(text).not.toContain('Contact the newsroom');
  });
});
