import { describe, expect, it } from 'vitest';
import { isArticle } from '../../../src/core/detect/is-article';
import { pageSignals } from '../../../src/core/detect/page-signals';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (title: string, body: string) => parseWithLinkedom(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
const prose = (n: number, word = 'council') => Array.from({ length: n }, (_, i) =>
  `<p>Paragraph ${i} of the story: the ${word} met on Tuesday evening and voted the new budget after a long debate on schools and roads.</p>`).join('');

// A section front: teaser cards whose headings are links, and a feed of timed links.
const cards = Array.from({ length: 6 }, (_, i) =>
  `<article class="card"><h2><a href="/news/story-number-${i}-of-the-day-here.html">Story ${i} of the day</a></h2><p>A short teaser.</p></article>`).join('');
const feed = Array.from({ length: 8 }, (_, i) => `<li><time>10:${10 + i}</time> <a href="/news/brief-${i}.html">Brief ${i}</a></li>`).join('');
const about = '<aside><p>Daily Tech is the newsroom of everything digital: phones, computers, networks and games, every morning.</p><p>Sign up to our newsletter and get the essentials of the day in your inbox before nine, free of charge.</p></aside>';
const homepage = page('Daily Tech – the news', `<main><h1>Top stories</h1><section>${cards}</section><ul>${feed}</ul></main>${about}`);

describe('page signals', () => {
  it('reads a headline form in the title, in several languages, without the site name', () => {
    for (const title of ['How to fix a bike | Bikes & Co', '10 ways to save energy', 'Comment choisir son vélo ?', 'Qué es la inflación', 'Apple vs. Google – Tech site']) {
      expect(pageSignals(page(title, '<p>x</p>')).headlineTitle, title).toBe(true);
    }
    for (const title of ['Office Organizers | The Store', 'Bestseller list', 'Contact us']) {
      expect(pageSignals(page(title, '<p>x</p>')).headlineTitle, title).toBe(false);
    }
  });

  it('finds one date or a byline by the h1, but not a feed of times under a section title', () => {
    const story = pageSignals(page('t', `<header><h1>The council votes the budget</h1><p class="byline">By Ann Lee, 3 March 2026</p></header>${prose(3)}`));
    expect(story.dateNearHeadline).toBe(true);
    expect(story.bylineNearHeadline).toBe(true);
    expect(pageSignals(homepage).dateNearHeadline).toBe(false);
  });

  it('counts prose split into one box per paragraph, and prose right in the body', () => {
    const boxed = pageSignals(page('t', `<div class="content">${prose(4).replace(/<p>/g, '<div class="block"><div class="inner"><p>').replace(/<\/p>/g, '</p></div></div>')}</div>`));
    expect(boxed.longParagraphsInOneParent).toBe(1);
    expect(boxed.proseBlockChars).toBe(boxed.longParagraphChars);
    const plain = pageSignals(page('t', prose(3)));
    expect(plain.proseBlockChars).toBe(plain.longParagraphChars);
  });

  it('counts forum words and shop words apart in the same text', () => {
    const signals = pageSignals(page('t', '<p>Replies: 4 · Quote · In stock · Add to cart · Qty 2</p> <p>Member since 2019, posts: 7 – add to bag, free shipping, quoted</p>'));
    expect(signals.forumWords).toBe(4);
    expect(signals.shopWords).toBe(5);
  });

  it('counts words split over lines and runs of white space as in the collapsed text, and measures that text', () => {
    const signals = pageSignals(page('t', '<p>Member\n   since 2019, posts:\n\t7 </p>\n<p>Posts:12 · posts:  x · add\n to\n\n cart</p>'));
    expect(signals.forumWords).toBe(2);
    expect(signals.shopWords).toBe(1);
    expect(signals.bodyChars).toBe('Member since 2019, posts: 7 Posts:12 · posts: x · add to cart'.length);
  });

  it('counts containers numbered as posts, not menu items of post type', () => {
    const menu = Array.from({ length: 12 }, (_, i) => `<li id="menu-item-${i}" class="menu-item menu-item-type-post_type menu-item-object-page"><a href="/p${i}">Page ${i}</a></li>`).join('');
    expect(pageSignals(page('t', `<nav><ul>${menu}</ul></nav><article id="post-7" class="post type-post">${prose(3)}</article>`)).postContainers).toBe(1);
    const thread = Array.from({ length: 4 }, (_, i) => `<div id="p${100 + i}" class="post"><p>Reply ${i}</p></div><li id="comment-${i}">c</li>`).join('');
    expect(pageSignals(page('t', thread)).postContainers).toBe(8);
  });

  it('counts headings that are links, inside or around the heading', () => {
    const s = pageSignals(page('t', '<h2><a href="/a">A</a></h2><a href="/b"><h3>B</h3></a><h2>C</h2>'));
    expect([s.headings, s.linkedHeadings]).toEqual([3, 2]);
  });
});

describe('isArticle on structure', () => {
  it('says no to a section front even under a slug-like URL', () => {
    expect(isArticle(homepage, 'http://127.0.0.1:8000/daily-tech-home-page-of-the-day.html')).toBe(false);
  });

  it('says yes to a story with a byline and a date by its headline under the same kind of URL', () => {
    const story = page('The council votes the budget – Daily', `<article><h1>The council votes the budget</h1><p class="byline">By Ann Lee · <time datetime="2026-03-03">3 March 2026</time></p>${prose(8)}</article>`);
    expect(isArticle(story, 'http://127.0.0.1:8000/the-council-votes-the-new-budget.html')).toBe(true);
  });

  it('says no to a service page: short blurbs under headings, calls to action and a contact form', () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `<div class="feature"><h3>Service ${i}</h3><p>We help you.</p><a class="btn" href="/contact">Get a quote</a></div>`).join('');
    const form = '<form><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>';
    expect(isArticle(page('Plumbing services | Acme', `<h1>Plumbing services</h1>${blocks}${form}`), 'https://acme.example/services/plumbing')).toBe(false);
  });
});
