import { describe, expect, it } from 'vitest';
import { removeTileCopies } from '../../../src/core/extract/tile-copies';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (html: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Teas</title></head><body>${html}</body></html>`);
const body = (html: string): Element => page(html).body;

const count = (el: Element, text: string): number => (el.textContent ?? '').split(text).length - 1;

// A tile as shop themes print it: the name in the picture's link, in a heading
// for tiles without a picture and in the visible heading; the price as regular and sale price.
const tile = (i: number, price = `$${10 + i}.50`): string => `<li class="tile">
  <a class="media" href="/t${i}">Green tea ${i}</a>
  <h3 class="no-media">Green tea ${i}</h3>
  <h3 class="heading"><a href="/t${i}">Green tea ${i}</a></h3>
  <div class="regular">${price}</div><div class="sale">${price}</div></li>`;
const grid = (n: number): string => `<ul class="grid">${Array.from({ length: n }, (_, i) => tile(i + 1)).join('')}</ul>`;

describe('copies of a line inside one tile', () => {
  it('go: each tile says its name and price once', () => {
    const content = body(grid(5));
    removeTileCopies(content);
    expect(count(content, 'Green tea 3')).toBe(1);
    expect(count(content, '$13.50')).toBe(1);
    expect(count(content, 'Green tea 5')).toBe(1);
  });

  it('stay when fewer than four siblings share the shape: no grid', () => {
    const content = body(grid(3));
    removeTileCopies(content);
    expect(count(content, 'Green tea 2')).toBe(3);
  });

  it('stay in table rows, where several cells say the same', () => {
    const row = (plan: string): string => `<tr><td>${plan}</td><td>Yes</td><td>Yes</td></tr>`;
    const content = body(`<table><tbody>${['Free', 'Team', 'Pro', 'Enterprise'].map(row).join('')}</tbody></table>`);
    removeTileCopies(content);
    expect(count(content, 'Yes')).toBe(8);
  });

  it('stay in paragraphs, which may name a thing twice', () => {
    const para = (i: number): string => `<p>Step ${i}: warm the <a href="/pot">teapot</a>, then rinse the <a href="/pot">teapot</a> again.</p>`;
    const content = body([1, 2, 3, 4].map(para).join(''));
    removeTileCopies(content);
    expect(count(content, 'teapot')).toBe(8);
  });

  it('stay when they are a piece of a word or of a line', () => {
    const name = (i: number): string => `<div class="entry"><h4>M<span>a</span>ster G<span>a</span>rdener ${i}</h4><p>Price: <b>$${i}</b>, was <b>$${i}</b></p></div>`;
    const content = body([1, 2, 3, 4].map(name).join(''));
    removeTileCopies(content);
    expect(content.textContent).toContain('Master Gardener 2');
    expect(content.textContent).toContain('Price: $3, was $3');
  });

  it('keep punctuation between names', () => {
    const authors = (i: number): string => `<div class="entry"><h4>Paper ${i}</h4><a href="/a">Ada Moss</a>, <a href="/b">Ben Roy</a>, <a href="/c">Cy Hale</a></div>`;
    const content = body([1, 2, 3, 4].map(authors).join(''));
    removeTileCopies(content);
    expect(content.textContent).toContain('Ada Moss, Ben Roy, Cy Hale');
  });

  it('stay in a long item, which may quote itself', () => {
    const sentence = 'The harvest this spring was late because of the cold nights in the hills above the estate.';
    const post = (i: number): string => `<div class="post"><p>Reply ${i}</p><blockquote>${sentence}</blockquote><p>${sentence} ${sentence} ${sentence}</p><span>${sentence}</span></div>`;
    const content = body([1, 2, 3, 4].map(post).join(''));
    removeTileCopies(content);
    expect(count(content, 'late because')).toBe(4 * 5);
  });

  it('stay between the items of a section that is itself one of several', () => {
    const card = (name: string): string => `<div class="card"><b>${name}</b><i>$4</i></div>`;
    const section = (s: number): string => `<section class="shelf"><h2>Shelf ${s}</h2>${['Oolong', 'Sencha', 'Matcha', 'Assam'].map((n) => card(`${n} ${s}`)).join('')}</section>`;
    const content = body([1, 2, 3, 4].map(section).join(''));
    removeTileCopies(content);
    expect(count(content, '$4')).toBe(16);
  });

  it('go from the content of a page that is not an article, not from an article', () => {
    const html = `<main><h1>Green teas</h1><p>Our green teas, picked in spring and packed by hand.</p>${grid(6)}</main>`;
    const other = extractContent(page(html), { isArticle: false })?.content;
    expect(other && count(other, 'Green tea 4')).toBe(1);
    const article = extractContent(page(html), { isArticle: true })?.content;
    expect(article && count(article, 'Green tea 4')).toBe(3);
  });
});
