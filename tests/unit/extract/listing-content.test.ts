import { describe, expect, it } from 'vitest';
import { holdsProseParagraph, isWordy, itemGrid, removeScreenReaderLabels, removeTileLabels, tooShortToRead } from '../../../src/core/extract/listing-content';
import { measureText } from '../../../src/core/extract/main-container';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document =>
  parseWithLinkedom(`<!doctype html><html><head><title>Lamps</title></head><body>${body}</body></html>`);

const tiles = Array.from({ length: 6 }, (_, i) => `<li class="tile"><a href="/p${i}"><span>Desk lamp ${i + 1}</span></a>
  <div class="price">$${30 + i}.00</div><div class="badge"><b>Sold out</b></div><div class="actions"><a href="/cmp/${i}">Compare</a></div></li>`).join('');

describe('tile labels', () => {
  it('go from each tile, the item names and prices stay', () => {
    const doc = page(`<ul class="grid">${tiles}</ul>`);
    removeTileLabels(doc.body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Desk lamp 6');
    expect(text).toContain('$35.00');
    expect(text).not.toMatch(/Compare|Sold out/);
    // The wrapper of the label goes with it, not only the text.
    expect(doc.querySelectorAll('.actions, .badge')).toHaveLength(0);
  });

  it('go when they call to apply or say a badge', () => {
    const jobs = Array.from({ length: 4 }, (_, i) => `<li class="job"><h3>Night nurse ${i}</h3><p>Lyon, full time</p><div class="badge">Award winner</div><div class="badge">New arrival</div><div><a href="/j${i}">Apply now</a></div></li>`).join('');
    const doc = page(`<ul>${jobs}</ul>`);
    removeTileLabels(doc.body);
    expect(doc.body.textContent).toContain('Night nurse 3');
    expect(doc.body.textContent).not.toMatch(/Apply now|Award winner|New arrival/);
  });

  it('go when they say a stock state or a shipping note, and so do the sort and filter controls above the grid', () => {
    const kettles = Array.from({ length: 4 }, (_, i) => `<li class="tile"><h3><a href="/k${i}">Kettle ${i}</a></h3><div class="price">$${20 + i}</div><div class="state">${i % 2 ? 'Back-order' : 'Coming soon'}</div><div><button>Notify me</button></div><p><small>Free shipping</small></p></li>`).join('');
    const doc = page(`<div class="bar"><div><button>Filters</button></div><div><label>Sort by:</label></div></div><ul>${kettles}</ul><p>Filters for hard water are sold apart.</p>`);
    removeTileLabels(doc.body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Kettle 3');
    expect(text).toContain('$23');
    expect(text).toContain('Filters for hard water are sold apart.');
    expect(text).not.toMatch(/Back-order|Coming soon|Notify me|Free shipping|Sort by/);
    expect(doc.querySelector('.bar')?.textContent).toBe('');
  });

  it('stay when the text of their line is split in several nodes that say more', () => {
    const doc = page('<div class="intro"><h2 id="h"></h2><p>We ship for free over $99.</p></div>');
    const heading = doc.getElementById('h')!;
    heading.append(doc.createTextNode('Free shipping'), doc.createTextNode(' & returns'));
    removeTileLabels(doc.body);
    expect(doc.getElementById('h')?.textContent).toBe('Free shipping & returns');
  });

  it('go with their element when what follows them there is a block of its own', () => {
    const doc = page('<div class="job"><h3>Night nurse</h3><a href="/apply">Apply now<div>Lyon only</div></a></div>');
    removeTileLabels(doc.body);
    expect(doc.querySelector('a')).toBeNull();
    expect(doc.body.textContent).toContain('Night nurse');
  });

  it('stay on a line with other text', () => {
    const doc = page('<p>Our lamps are made in Lyon from recycled brass. <a href="/about">Read more</a></p><div><a href="/try">Try it now</a> <a href="/more"><span>Learn more</span></a></div>');
    removeTileLabels(doc.body);
    expect(doc.body.textContent).toContain('Read more');
    expect(doc.body.textContent).toContain('Learn more');
  });

  it('are whole lines only: a longer name that starts like one stays', () => {
    const doc = page('<ul><li><a href="/new-arrivals">New arrivals</a></li><li><a href="/lamps">Compare lamps by wattage</a></li></ul>');
    removeTileLabels(doc.body);
    expect(doc.body.textContent).toMatch(/New arrivals[\s\S]*Compare lamps by wattage/);
  });
});

const menu = `<header><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/c${i}">Lamps and lights ${i}</a></li>`).join('')}</ul></header>`;

describe('too short to read', () => {
  it('is a few words on a page that says much more', () => {
    const doc = page(`${menu}<div id="app"><p>You need to enable JavaScript to run this app.</p></div>`);
    expect(tooShortToRead(doc.getElementById('app')!, () => isWordy(doc))).toBe(true);
  });

  it('is not a page whose few words are all it says', () => {
    const doc = page('<div id="app"><p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p></div>');
    expect(tooShortToRead(doc.getElementById('app')!, () => isWordy(doc))).toBe(false);
  });

  it('is not fifteen words or more', () => {
    const doc = page(`${menu}<ul id="grid">${tiles}</ul>`);
    expect(tooShortToRead(doc.getElementById('grid')!, () => isWordy(doc))).toBe(false);
  });

  it('does not count scripts as words of the page', () => {
    const doc = page(`<script>${'var lamp = 1; '.repeat(40)}</script><div id="app"><p>Sign in to see your list.</p></div>`);
    expect(tooShortToRead(doc.getElementById('app')!, () => isWordy(doc))).toBe(false);
  });
});

describe('non-article pages in extraction', () => {
  const shell = `${menu}<main><h1>Desk lamps</h1><p>Sign in to see your list.</p></main>`;

  it('with a few words have no content', () => {
    expect(extractContent(page(shell), { isArticle: false })).toBeNull();
  });

  it('with a few words are still read when judged an article', () => {
    expect(extractContent(page(shell), { isArticle: true })?.content.textContent).toContain('Sign in');
  });

  it('lose their tile labels', () => {
    const content = extractContent(page(`<main><h1>Desk lamps</h1><ul class="grid">${tiles}</ul></main>`), { isArticle: false });
    expect(content?.content.textContent).toContain('Desk lamp 6');
    expect(content?.content.textContent).not.toContain('Compare');
  });
});

const jobsOf = (n: number): string => Array.from({ length: n }, (_, i) => `<li class="job"><a href="/jobs/${i}"><span class="title">Senior engineer ${i}</span>
  <span class="company">Acme Robotics</span><span class="place">Anywhere in the world</span></a></li>`).join('');
const jobs = jobsOf(8);
const languages = `<ul class="picker">${['Ada', 'C', 'Go', 'Lua', 'Nim', 'Zig', 'Rust', 'Java'].map((l) => `<li class="lang"><a href="/l/${l}">${l}</a></li>`).join('')}</ul>`;

describe('item grid', () => {
  it('is the parent of the repeated items holding the most text', () => {
    const doc = page(`<div id="side"><p>Hiring now</p></div><ul id="jobs">${jobs}</ul>`);
    expect(itemGrid(doc.body, measureText(doc.body))?.element.id).toBe('jobs');
  });

  it('is not a menu of bare names', () => {
    const doc = page(languages);
    expect(itemGrid(doc.body, measureText(doc.body))).toBeNull();
  });
});

describe('prose paragraph', () => {
  it('is a paragraph of 250 characters or more', () => {
    expect(holdsProseParagraph(page(`<p>${'Our lamps are made in Lyon from recycled brass. '.repeat(6)}</p>`).body)).toBe(true);
    expect(holdsProseParagraph(page('<p>Our lamps are made in Lyon.</p><p>From recycled brass.</p>').body)).toBe(false);
  });
});

describe('listings in extraction', () => {
  // Thirty items: the introduction holds less than a third of their text.
  const listing = (featured: string): string => `<main><h1>Remote jobs</h1><section><h2>Featured</h2>${featured}<p>Post a job for 299 dollars.</p></section>
    <section><h2>All jobs</h2><ul class="list">${jobsOf(30)}</ul></section></main>`;
  const body = listing('<p>A job board for people who work from anywhere, updated daily with new roles.</p>');

  it('read the list of items on a page that is not an article', () => {
    expect(extractContent(page(body), { isArticle: false })?.content.textContent).toContain('Senior engineer 29');
  });

  it('keep an introduction of prose over the list', () => {
    const intro = listing(`<p>${'Working from anywhere takes a laptop, a quiet room and a good chair. '.repeat(6)}</p>`);
    const content = extractContent(page(intro), { isArticle: false });
    expect(content?.content.textContent).toContain('quiet room');
  });
});

describe('screen-reader labels', () => {
  const tile = (i: number): string => `<li class="card"><a href="/p${i}">Brass desk lamp ${i}</a>
    <div class="price"><span class="visually-hidden">Regular price</span><span>$${40 + i}.00</span></div>
    <span class="sr-only">Brass desk lamp ${i} comes in four finishes: brushed, polished, black and antique green.</span></li>`;

  it('go when every tile repeats them or when they say a sentence, the names and prices stay', () => {
    const doc = page(`<ul class="grid">${[1, 2, 3].map(tile).join('')}</ul>`);
    removeScreenReaderLabels(doc.body);
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/Regular price|four finishes/);
    expect(text).toContain('Brass desk lamp 3');
    expect(text).toContain('$43.00');
  });

  it('stay when said once (a swatch name), in a table cell (a tick) or saying a short figure (a price shown aria-hidden)', () => {
    const doc = page(`<div class="swatches"><span class="sr-only">Antique green</span></div>
      <table><tr><td><span class="sr-only">Yes</span></td><td><span class="sr-only">Yes</span></td><td><span class="sr-only">Yes</span></td></tr></table>
      ${[1, 2, 3].map((i) => `<p><span class="screen-reader-text">Original price was: $5${i}.00.</span></p>`).join('')}`);
    removeScreenReaderLabels(doc.body);
    const text = doc.body.textContent ?? '';
    expect(text).toContain('Antique green');
    expect(text.match(/Yes/g)).toHaveLength(3);
    expect(text).toContain('Original price was: $53.00.');
  });

  it('go from a listing page read by extraction', () => {
    const doc = page(`<main><h1>Lamps</h1><ul class="grid">${[1, 2, 3, 4, 5].map(tile).join('')}</ul></main>`);
    const text = extractContent(doc, { isArticle: false })?.content.textContent ?? '';
    expect(text).toContain('Brass desk lamp 5');
    expect(text).not.toContain('Regular price');
  });
});
