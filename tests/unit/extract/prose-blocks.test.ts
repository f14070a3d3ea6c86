import { describe, expect, it } from 'vitest';
import { unmarkProseBlocks } from '../../../src/core/extract/prose-blocks';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>A guide</title></head><body>${body}</body></html>`);
const para = `<p>${'Choosing a designer online starts with knowing your budget, your style and how much help you want. '.repeat(2)}</p>`;
const namesOf = (doc: Document): string[] => Array.from(doc.querySelectorAll('div, section'), (el) => `${el.getAttribute('class') ?? ''}${el.getAttribute('id') ?? ''}`);

describe('blocks Readability would drop for their names', () => {
  it('lose their names when they are a header of prose or a section named for its heading', () => {
    const doc = page(`<div class="listicle-header">${para}</div><section id="link-headers"><h2>Link headers</h2><p>Short.</p></section>`);
    unmarkProseBlocks(doc.body.querySelectorAll('*'), true);
    expect(namesOf(doc)).toEqual(['', '']);
  });

  it('keep them when they are chrome: a header without prose, comments, a saved name, a section named otherwise', () => {
    const doc = page(`<div class="site-header"><p>Menu</p></div><div class="comments">${para}</div>`
      + `<div class="header-content">${para}</div><section id="comments"><h2>Leave a reply</h2>${para}</section>`);
    unmarkProseBlocks(doc.body.querySelectorAll('*'), true);
    expect(namesOf(doc)).toEqual(['site-header', 'comments', 'header-content', 'comments']);
  });
});

describe("a card's or a section's header holding its heading", () => {
  it("loses its names on any page, and so does such a heading; the page's header and a header holding the title keep theirs, and so does a sidebar's header", () => {
    const body = '<div class="card-header"><h3>Starter</h3></div><header class="pageblock__header"><h2>How AI changes security</h2></header>'
      + '<div><h3 class="accordion-header">How long does a move take?</h3><p>A day.</p></div>'
      + '<div class="site-header"><p>Menu</p></div><div class="entry-header"><h1>A guide</h1></div><div class="header-menu"><h2>Shop</h2></div>'
      + '<div class="sidebar-header"><h3>Popular</h3></div>';
    for (const isArticle of [true, false]) {
      const doc = page(body);
      unmarkProseBlocks(doc.body.querySelectorAll('*'), isArticle);
      expect(Array.from(doc.querySelectorAll('div, header, h3'), (el) => el.getAttribute('class') ?? '')).toEqual(['', '', '', '', '', 'site-header', 'entry-header', 'header-menu', 'sidebar-header', '']);
    }
  });
});

describe('on a page that is not an article', () => {
  it('only the hero holding the title loses its names, with the blocks inside it; a promo further down keeps them', () => {
    const doc = page(`<section class="page-hero-banner"><div class="hero-banner__wrapper"><h1>Cybersecurity consulting</h1>${para}</div></section>`
      + `<ul><li>Audits</li><li>Training</li></ul><div class="promo-banner"><h2>Shop the sale</h2>${para}</div>`);
    unmarkProseBlocks(doc.body.querySelectorAll('*'), false);
    expect(namesOf(doc)).toEqual(['', '', 'promo-banner']);
  });
});

describe('a section named for its heading, in an article', () => {
  it('is read, and in-page links still find it', () => {
    const story = `<p>${'Patches go to the maintainers, with a clear subject line and a description of the change. '.repeat(3)}</p>`;
    const doc = page(`<main><h1>A guide</h1>${story}${story}<section id="link-headers"><h2>Link headers</h2>${story}<p>Use a Link: header to point to the thread.</p></section></main>`);
    const content = extractContent(doc, { isArticle: true })?.content;
    expect(content?.textContent).toContain('Use a Link: header');
    expect(content?.querySelector('#link-headers')).not.toBeNull();
  });
});

describe("an article's section heading named with such a word", () => {
  const story = `<p>${'The edge is where data is created, and where decisions must be made without a round trip. '.repeat(3)}</p>`;
  const heading = (cls: string): string => `<h2 class="${cls}">Software must survive reality<div class="header-anchor-parent"><a href="#s">Link</a></div></h2>`;

  it('is read, anchor and all', () => {
    const doc = page(`<article><h1>A guide</h1>${story}${heading('header-anchor-post')}${story}${story}</article>`);
    const content = extractContent(doc, { isArticle: true })?.content;
    expect(content?.textContent).toContain('Software must survive reality');
  });

  it('is read when its id, made from its text, holds a word Readability takes for chrome', () => {
    const doc = page(`<article><h1>A guide</h1>${story}<h2 id="what-share-of-teens-use-social-media">What share of teens use social media?</h2>${story}${story}</article>`);
    const content = extractContent(doc, { isArticle: true })?.content;
    expect(content?.textContent).toContain('What share of teens use social media?');
  });

  it('keeps its names when another word names chrome, or on other pages', () => {
    const doc = page(`<h2 class="sidebar-header">Popular</h2><h3 class="header-anchor">Audits</h3>`);
    unmarkProseBlocks(doc.body.querySelectorAll('*'), false);
    const named = (): boolean[] => Array.from(doc.querySelectorAll('h2, h3'), (h) => h.hasAttribute('class'));
    expect(named()).toEqual([true, true]);
    unmarkProseBlocks(doc.body.querySelectorAll('*'), true);
    expect(named()).toEqual([true, false]);
  });
});
