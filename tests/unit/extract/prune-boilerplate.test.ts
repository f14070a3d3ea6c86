import { describe, expect, it } from 'vitest';
import { pruneBoilerplate } from '../../../src/core/extract/prune-boilerplate';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const prose = (n: number): string =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story, long enough to be prose that a reader came for, with more words in it.</p>`).join('');

function pruned(body: string, isArticle = true): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
  pruneBoilerplate(doc, isArticle);
  return doc.body.textContent ?? '';
}

describe('notes about the article', () => {
  const page = `<article><h1>Title</h1>
    <div class="post-meta"><span class="byline">By Ada Lovelace</span> <span class="date">March 1, 2026</span></div>
    ${prose(6)}
    <figure><img src="a.jpg"><figcaption>The harbour at dawn. <span class="credit">Photo: Jo Doe</span></figcaption></figure>
    <div class="tags">Filed under: harbours, boats</div>
    <div class="entry-date">Updated 9:41 AM</div>
  </article>`;

  it('drops bylines, dates, photo credits and tag lists on articles', () => {
    const text = pruned(page);
    expect(text).toContain('Paragraph 6');
    expect(text).toContain('The harbour at dawn.');
    expect(text).not.toMatch(/Ada Lovelace|March 1|Jo Doe|Filed under|9:41/);
  });

  it('keeps them on other pages (a forum post names its author)', () => {
    expect(pruned(page, false)).toContain('Ada Lovelace');
  });

  it('keeps a block named like a note when it holds the prose', () => {
    const text = pruned(`<div class="author-page"><h2>About</h2>${prose(4)}</div>`);
    expect(text).toContain('Paragraph 4');
  });
});

describe('date lines and link lines', () => {
  const page = `<article><h1>Title</h1>
    <p>Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM</p>
    <div><span>Published</span> <time>23 Nov 2017</time></div>
    ${prose(6)}
    <p>In 2019, the council voted for the new harbour.</p>
    <p>Read more: <a href="/other">Another story about the harbour and its boats</a></p>
    <p>See <a href="/source">the report</a> for the figures the council gave last week.</p>
  </article>`;

  it('drops lines that are only a date, and short paragraphs that are only a link', () => {
    const text = pruned(page);
    expect(text).not.toMatch(/9:41|23 Nov 2017|Another story/);
    expect(text).toContain('In 2019, the council voted');
    expect(text).toContain('See the report for the figures');
  });

  it('leaves them on other pages', () => {
    expect(pruned(page, false)).toMatch(/9:41[\s\S]*Another story/);
  });

  it('drops a paragraph stacking links one a line, longer than a link line, not a paragraph of prose with links', () => {
    const headline = (i: number): string => `<strong><a href="/story-${i}">Another story about the harbour, number ${i}, and what the council said of it</a> [MORE]</strong>`;
    const stack = `<p><strong>DON'T MISS</strong><br>${[1, 2, 3].map(headline).join('<br>')}</p>`;
    const linkedProse = `<p>${[1, 2, 3].map((i) => `<a href="/r-${i}">The council's report on the harbour, part ${i}, with its tables of figures for the boats</a>`).join(', ')}.</p>`;
    const text = pruned(`<article><h1>Title</h1>${prose(6)}${stack}${linkedProse}</article>`);
    expect(text).not.toContain("DON'T MISS");
    expect(text).not.toContain('number 2');
    expect(text).toContain('part 3');
  });
});

describe('prompts and labels', () => {
  const page = `<article><h1>Title</h1>${prose(3)}
    <div>Advertisement</div>
    <p>Get the latest updates right in your inbox. Subscribe to our newsletters.</p>
    ${prose(3)}
    <p>Have a tip? Our reporter may be reached by email. Follow her on Twitter.</p>
    <p>The newsletter industry has never been healthier, and its readers know it.</p>
  </article>`;

  it('drops ad labels and lines asking the reader to subscribe or follow, not prose about those things', () => {
    const text = pruned(page);
    expect(text).not.toMatch(/Advertisement|right in your inbox|Have a tip/);
    expect(text).toContain('The newsletter industry has never been healthier');
  });
});

describe('calls to follow the site elsewhere', () => {
  it('drops "Follow AP on Facebook…", "Join me on TikTok" and "Join the Facebook group" lines, not prose about a network', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(4)}
      <p>Researchers follow teenagers on Instagram to see how long they scroll.</p>
      <p>Join us on Saturday for the harbour parade.</p>
      <p>Follow AP on Facebook, X, Instagram, YouTube and TikTok</p>
      <p>Join me on TikTok: @thehousemaven</p>
      <p>Join the Facebook group: https://www.facebook.com/groups/renovations</p></article>`);
    expect(text).toContain('Researchers follow teenagers on Instagram');
    expect(text).toContain('Join us on Saturday for the harbour parade.');
    expect(text).not.toMatch(/Follow AP|Join me on TikTok|Join the Facebook group/);
  });
});

describe('copyright notices', () => {
  it('drops the site\'s notice on articles, not prose about copyright', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(4)}
      <p>Copyright law protects the expression of an idea, not the idea itself.</p>
      <p>Copyright © 2019 The Daily Example. All rights reserved.</p>
      <p><small>© 2025 Another Site</small></p></article>`);
    expect(text).toContain('Copyright law protects the expression');
    expect(text).not.toMatch(/The Daily Example|Another Site/);
  });
});

describe('shortcodes the site left unrendered', () => {
  it('drops a line that is a WordPress shortcode, not a line that quotes one in code or brackets a note', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(4)}
      <p>[button link="https://example.com/submit/" type="big"] Send us your review[/button]</p>
      <p>[newsletter-form id=1630175]</p>
      <p><code>[gallery ids="1,2,3"]</code></p>
      <p>[Editor's note: this story was updated on Monday.]</p></article>`);
    expect(text).toContain('Paragraph 4');
    expect(text).not.toMatch(/Send us your review|newsletter-form/);
    expect(text).toContain('[gallery ids="1,2,3"]');
    expect(text).toContain("[Editor's note: this story was updated on Monday.]");
  });
});

describe('lines announcing a list of links', () => {
  const links = (n: number, described = false): string =>
    `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/story-${i}">Another story ${i + 1}</a>${described ? ' - what the guide covers, step by step' : ''}</li>`).join('')}</ul>`;

  it('drops "Related posts:" and the links after it on articles', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(6)}<p><strong>Related posts:</strong></p>${links(3)}</article>`);
    expect(text).toContain('Paragraph 6');
    expect(text).not.toMatch(/Related posts|Another story/);
  });

  it('drops "You may also be interested in…" and "If you liked this post…" with their links', () => {
    for (const line of ['You may also be interested in the following reports:', 'If you liked this post you might also like:']) {
      const text = pruned(`<article><h1>Title</h1>${prose(6)}<p>${line}</p>${links(3)}</article>`);
      expect(text).toContain('Paragraph 6');
      expect(text).not.toMatch(/interested in the following|liked this post|Another story/);
    }
  });

  it('keeps a list whose links are described, a list after "See also", and the list on other pages', () => {
    expect(pruned(`<article><h1>Title</h1>${prose(6)}<p><strong>Related resources:</strong></p>${links(3, true)}</article>`)).toContain('Another story 1');
    expect(pruned(`<article><h1>Title</h1>${prose(6)}<p><strong>See also:</strong></p>${links(3)}</article>`)).toContain('Another story 1');
    expect(pruned(`<article><h1>Title</h1>${prose(6)}<p><strong>Related posts:</strong></p>${links(3)}</article>`, false)).toContain('Another story 1');
  });
});

describe('teasers', () => {
  const teaser = (n: number): string => `<article class="card"><h3>Other story ${n}</h3><p>A short summary of another story that is not this one.</p></article>`;

  it('drops much shorter <article>s beside the article, on articles only', () => {
    const page = `<main><article><h1>Title</h1>${prose(8)}</article></main><section>${teaser(1)}${teaser(2)}${teaser(3)}</section>`;
    expect(pruned(page)).toContain('Paragraph 8');
    expect(pruned(page)).not.toContain('Other story');
    expect(pruned(page, false)).toContain('Other story 3');
  });

  it('drops shorter <article>s whose summary is cut short', () => {
    const cut = (n: number): string => `<article><h3>Other story ${n}</h3><p>${'A summary of another story that goes on for a while, '.repeat(4)}and then it stops in the mid...</p></article>`;
    const page = `<article><h1>Title</h1>${prose(4)}</article>${cut(1)}${cut(2)}`;
    expect(pruned(page)).toContain('Paragraph 4');
    expect(pruned(page)).not.toContain('Other story');
  });

  it('keeps the <article>s inside the article even when they end with an ellipsis', () => {
    const block = (n: number): string => `<article><h2>Scooter ${n}</h2>${prose(n)}<div>Loading prices for your region…</div></article>`;
    const text = pruned(`<article><h1>Best scooters</h1>${block(1)}${block(3)}${block(2)}</article>`);
    expect(text).toContain('Scooter 1');
    expect(text).toContain('Scooter 2');
  });

  it('keeps an article split in several <article>s of similar length', () => {
    const text = pruned(`<article><h2>Part one</h2>${prose(3)}</article><article><h2>Part two</h2>${prose(2)}</article>`);
    expect(text).toContain('Part two');
  });
});

describe('captions written as plain blocks', () => {
  it('become figcaptions, kept in the HTML and left out of the body text', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body><article><h1>Title</h1>${prose(4)}
      <div class="wp-caption"><img src="a.jpg"><p class="wp-caption-text">The harbour at dawn.</p></div>
      ${prose(1)}<div class="caption-box">Not next to any picture, so not a caption.</div></article></body></html>`);
    pruneBoilerplate(doc, true);
    expect(doc.querySelector('figcaption')?.textContent).toBe('The harbour at dawn.');
    expect(doc.querySelectorAll('figcaption')).toHaveLength(1);
  });
});

describe('boxes about the writer, disclosures and tables of contents', () => {
  const bio = `Ada Lovelace writes about harbours and boats for the paper. ${'She has covered the port authority, its cranes and its night shifts for ten years. '.repeat(4)}`;

  it('drops an author box of any size', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(6)}<div class="about-author"><p>${bio}</p></div></article>`);
    expect(text).toContain('Paragraph 6');
    expect(text).not.toContain('Ada Lovelace writes');
  });

  it("drops schema.org's author as a block of its own, whatever its class", () => {
    const box = `<div class="sabox-wrap" itemprop="author" itemscope itemtype="https://schema.org/Person"><p>${bio}</p></div>`;
    const text = pruned(`<article><h1>Title</h1>${prose(6)}${box}</article>`);
    expect(text).toContain('Paragraph 6');
    expect(text).not.toContain('Ada Lovelace writes');
    expect(pruned(`<article><h1>Title</h1>${prose(6)}${box}</article>`, false)).toContain('Ada Lovelace writes');
  });

  it('keeps an author named inline in the text', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(6)}<p>This story was reported by <span itemprop="author">Ada Lovelace</span> from the harbour.</p></article>`);
    expect(text).toContain('reported by Ada Lovelace from the harbour');
  });

  it('drops a first-person affiliate disclosure but keeps prose about affiliate programmes', () => {
    const text = pruned(`<article><h1>Title</h1>
      <p><em>This post contains affiliate links. If you buy through them, we may earn a small commission at no cost to you.</em></p>
      ${prose(6)}<p>Bloggers often earn a commission through affiliate programmes.</p></article>`);
    expect(text).not.toContain('This post contains affiliate links');
    expect(text).toContain('Bloggers often earn a commission');
  });

  it('keeps prose that only looks like a disclosure: a sales commission, a reader-supported paper', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(6)}
      <p>As a sales rep I earn a commission on every car I sell, so the slow months hurt.</p>
      <p>The paper has been reader-supported since 2016, and its reporters say it shows.</p></article>`);
    expect(text).toContain('I earn a commission on every car');
    expect(text).toContain('reader-supported since 2016');
    expect(pruned(`<article><h1>Title</h1>${prose(6)}<p>The site is reader-supported. When you buy through links on our site, we may earn an affiliate commission.</p></article>`))
      .not.toContain('reader-supported');
  });

  it('keeps a content wrapper whose class only starts like an author box', () => {
    const text = pruned(`<article><h1>Title</h1><div class="entry-content author-box-enabled">${prose(2)}</div></article>`);
    expect(text).toContain('Paragraph 2');
  });

  it('keeps a section whose heading only starts like a table of contents', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(6)}<section><h2>Contents insurance: what it covers</h2><p>Your sofa, your bike and your laptop.</p></section></article>`);
    expect(text).toContain('Your sofa, your bike');
  });

  it('drops a table of contents: its heading and its list of in-page links', () => {
    const text = pruned(`<article><h1>Title</h1>
      <div class="box"><h2>Table of contents</h2><ul><li><a href="#one">First part</a></li><li><a href="#two">Second part</a></li></ul></div>
      <ol><li><a href="#one">Harbour cranes</a></li><li><a href="#two">Night shifts</a></li><li><a href="#three">Ferries</a></li></ol>
      ${prose(6)}<ul><li><a href="/one">A story elsewhere</a></li><li><a href="/two">Another</a></li><li><a href="/three">A third</a></li></ul></article>`);
    expect(text).not.toMatch(/Table of contents|First part|Harbour cranes/);
    expect(text).toContain('A story elsewhere');
  });

  it('keeps them on other pages', () => {
    const text = pruned(`<div><ol><li><a href="#one">Harbour cranes</a></li><li><a href="#two">Night shifts</a></li><li><a href="#three">Ferries</a></li></ol>${prose(6)}</div>`, false);
    expect(text).toContain('Harbour cranes');
  });
});

describe('code blocks', () => {
  it('keeps highlighted tokens whose class names a comment, a tag or a date', () => {
    const text = pruned(`<article><h1>Git basics</h1>${prose(4)}
      <pre><code class="language-bash"><span class="hljs-comment"># initialize git</span>
git init
<span class="token comment"># view the state of the repo</span>
git status <span class="date">2026-03-01</span></code></pre>
      <div class="comments"><p>First comment under the article.</p></div></article>`);
    expect(text).toContain('# initialize git');
    expect(text).toContain('# view the state of the repo');
    expect(text).toContain('2026-03-01');
    expect(text).not.toContain('First comment under the article.');
  });
});

describe('headings announcing links to elsewhere', () => {
  const school = (name: string): string => `<div class="item"><div class="item-content"><h2>${name}</h2>
    <p>${name} is known for its teaching, its campus and its alumni network, as this ranking explains.</p>
    <ul class="stats"><li>Class size: 930</li><li>Acceptance rate: 14%</li></ul></div>
    <div class="item-links"><h4>More on ${name}:</h4><ul><li><a href="/a">Essay tips</a></li><li><a href="/b">Interview guide</a></li></ul></div></div>`;

  it('takes the links a heading announces, not the item it closes', () => {
    const text = pruned(`<main><h1>Top schools</h1>${prose(2)}${school('North School')}${school('South School')}</main>`);
    expect(text).toContain('North School is known for its teaching');
    expect(text).toContain('Acceptance rate: 14%');
    expect(text).not.toContain('Interview guide');
  });

  it('still takes a whole block that opens with such a heading', () => {
    const text = pruned(`<main><h1>Story</h1>${prose(4)}<div class="after"><div class="box"><h3>Related articles</h3>
      <p>Harbour boats in winter, a short story of ice and rope.</p><ul><li><a href="/c">Other story</a></li></ul></div></div></main>`);
    expect(text).toContain('Paragraph 4');
    expect(text).not.toMatch(/Harbour boats in winter|Other story/);
  });
});

describe("a heading announcing links in the text's own flow", () => {
  const list = `<ul><li><a href="/one">How to spend three days in the hills</a></li><li><a href="/two">Where to eat by the harbour</a></li></ul>`;

  it('takes the list of links after the heading on articles', () => {
    const text = pruned(`<article><h1>Title</h1><div class="entry">${prose(4)}<h2>Related posts</h2>${list}<p>Thanks for reading, and safe travels.</p></div></article>`);
    expect(text).toContain('Paragraph 4');
    expect(text).toContain('Thanks for reading');
    expect(text).not.toMatch(/Related posts|three days in the hills/);
  });

  it('reads "More travel guides" and "Other posts you may enjoy" as such headings on articles', () => {
    for (const heading of ['More Japan travel guides', 'Other posts you may enjoy']) {
      const text = pruned(`<article><h1>Title</h1><div class="entry">${prose(4)}<h2>${heading}</h2>${list}</div></article>`);
      expect(text).toContain('Paragraph 4');
      expect(text).not.toContain('three days in the hills');
    }
  });

  it('keeps the list after "See also": further reading, part of the text', () => {
    expect(pruned(`<article><h1>Title</h1><div class="entry">${prose(4)}<h2>See also</h2>${list}</div></article>`)).toContain('three days in the hills');
  });

  it('keeps a list that is not only links, and the list on other pages', () => {
    const described = `<ul><li><a href="/one">Three days in the hills</a>: the walks, the inns and the trains between them.</li><li><a href="/two">The harbour</a>: where the boats leave and when the fish market opens.</li></ul>`;
    expect(pruned(`<article><h1>Title</h1><div class="entry">${prose(4)}<h2>Related posts</h2>${described}</div></article>`)).toContain('the inns and the trains');
    expect(pruned(`<main><h1>Title</h1><div class="entry">${prose(4)}<h2>More Japan travel guides</h2>${list}</div></main>`, false)).toContain('three days in the hills');
  });
});

describe('a heading in a forum post', () => {
  // A short reply whose hidden share menu opens with "Share on other sites".
  const reply = (author: string, text: string): string => `<article class="post"><div class="post-column">
    <div class="post-author">${author}</div><div class="post-body"><p>${text}</p></div>
    <div class="postShareMenu"><h5>Link to post</h5><h5>Share on other sites</h5><ul><li><a href="/x">X</a></li></ul></div>
    </div></article>`;
  const thread = `<main><h1>Which camera?</h1>${reply('Ning', 'The best camera is the one you have with you.')}${reply('Frozen', 'Does an AI really need a camera?')}</main>`;

  it('takes the block it announces, not the short post around it', () => {
    const text = pruned(thread, false);
    expect(text).toContain('The best camera is the one you have with you.');
    expect(text).toContain('Does an AI really need a camera?');
    expect(text).not.toContain('Share on other sites');
  });

  it('still takes the wider block outside posts on other pages (a sidebar)', () => {
    const text = pruned(`<main><h1>Shop</h1>${prose(3)}<div class="side"><div class="intro">Our picks of the week, chosen by staff</div>
      <div class="box"><h4>Share on other sites</h4><a href="/y">Y</a></div></div></main>`, false);
    expect(text).toContain('Paragraph 3');
    expect(text).not.toContain('Our picks of the week');
  });
});

describe('ids made from the text', () => {
  it('reads an anchor id made from a heading as the heading, not as a role', () => {
    const text = pruned(`<article><h1>Selling on social networks</h1>${prose(4)}
      <h3 id="h-how-can-i-track-my-social-shopping-sales">How can I track my social shopping sales?</h3>
      <p>Every network gives you a dashboard with the orders of the week.</p>
      <div id="related-posts"><h4>Related posts</h4><ul><li><a href="/x">Another post</a></li></ul></div></article>`);
    expect(text).toContain('How can I track my social shopping sales?');
    expect(text).not.toContain('Another post');
  });
});

describe('pop-ups and drawn screens on pages that are not articles', () => {
  const page = `<main><h1>Plan your projects</h1><p>Boards, timelines and docs for every team, with the work in one place.</p>
    <div class="Hero_illustration__x1"><div>Backlog 8</div><div>ENG-2085 Reduce UI flicker</div></div>
    <div class="hero-graphic-container"><span>main.rs</span><span>Where is the database configured?</span></div>
    <div id="newsletter-popup">Get 10% off your first order</div>
    <p>Teams plan, build and ship together, and every change is tracked from idea to release.</p></main>`;

  it('drops them on other pages', () => {
    const text = pruned(page, false);
    expect(text).toContain('Teams plan, build and ship');
    expect(text).not.toMatch(/Backlog|main\.rs|10% off/);
  });

  it('keeps a block named like a drawing that holds prose: a list of services with pictures', () => {
    const text = pruned(`<main><h1>Analytics</h1><div class="graphic-list"><h3>Conversion tracking</h3>
      <p>From phone calls and web forms to page visits, we track every conversion so that each campaign is judged on the sales it brings.</p></div></main>`, false);
    expect(text).toContain('we track every conversion');
  });

  it("keeps them in an article, whose graphics are its charts", () => {
    expect(pruned(page)).toMatch(/Backlog[\s\S]*main\.rs/);
  });
});

describe('calls to action, legal notes, dialogs and testimonials beside an article', () => {
  const page = `<div class="site"><article><h1>Title</h1>${prose(5)}
      <div class="blog-cta"><h3>Ready to grow?</h3><p>Book a free call with our team today.</p></div>
      <div class="testimonial"><blockquote>"The best choice we made," said the owner we interviewed.</blockquote></div></article>
    <div class="modal" id="signup-dialog"><p>Create your account in two minutes.</p></div>
    <div class="site-disclaimer">This content is for information only and is not financial advice.</div>
    <footer class="colophon"><div class="testimonials-slider"><p>"Great doctors and staff!" — Brittany M.</p></div></footer></div>`;

  it('drops them on articles, but keeps a testimonial inside the text: it is a pull quote', () => {
    const text = pruned(page);
    expect(text).toContain('Paragraph 5');
    expect(text).toContain('The best choice we made');
    expect(text).not.toMatch(/Book a free call|Create your account|not financial advice|Great doctors/);
  });

  it('keeps calls to action, legal notes and dialogs on other pages, where they are often what the page says', () => {
    const text = pruned(page, false);
    expect(text).toMatch(/Book a free call[\s\S]*Create your account[\s\S]*not financial advice/);
  });

  it('keeps a long block so named, and a row of them: what a company or a listing says', () => {
    const card = (i: number): string => `<div class="widget-cta"><div class="cta-content"><h3>Trail ${i}</h3><p>Difficulty: beginner. Length: ${i} miles.</p></div></div>`;
    const long = `<div class="disclaimer"><h2>Our terms</h2>${'<p>Each plan covers the repairs listed in the contract, and the owner pays the first hundred dollars of each claim.</p>'.repeat(10)}</div>`;
    const text = pruned(`<main><h1>Trails</h1><p>Where to ride this weekend.</p><div>${card(1)}${card(2)}${card(3)}</div>${long}</main>`);
    expect(text).toMatch(/Trail 1[\s\S]*Trail 3[\s\S]*Our terms/);
  });

  it("keeps such a box inside a figure: it is the figure's own label", () => {
    const text = pruned(`<article><h1>Title</h1>${prose(5)}<figure><div class="cta-overlay"><p>View photo</p></div><img src="a.jpg"></figure></article>`);
    expect(text).toContain('View photo');
  });

  it('keeps a block so named that holds the prose', () => {
    const long = Array.from({ length: 4 }, (_, i) => `<p>Long paragraph ${i + 1}: the guide walks through each step of the method, with the reasons for it and the mistakes that readers make most often.</p>`).join('');
    expect(pruned(`<div class="cta-layout"><h2>Guide</h2>${long}</div>`)).toContain('Long paragraph 4');
  });
});

describe('a heading of links to elsewhere over text without links', () => {
  const requirements = (label: string) => `<div class="requirements"><div class="col"><h2>Minimum</h2><ul><li>OS: any system of the last ten years</li><li>Memory: 4 GB</li></ul></div>
    <div class="col"><h2>${label}</h2><ul><li>OS: a system from the last five years</li><li>Processor: four cores at 3 GHz</li><li>Memory: 8 GB of RAM</li><li>Storage: 20 GB free on a solid-state drive</li></ul></div></div>`;

  it('keeps the block on other pages: the page\'s own text ("Recommended" system next to "Minimum")', () => {
    expect(pruned(`<main><h1>Harbour Builder</h1>${prose(2)}${requirements('Recommended')}</main>`, false)).toContain('four cores at 3 GHz');
  });

  it('still drops such a block holding links, and a newsletter box', () => {
    const links = `<div class="col"><h2>Recommended</h2><ul><li><a href="/a">Another game about harbours and the ships that sail from them</a></li><li><a href="/b">A third game, about lighthouses and their keepers on the coast</a></li></ul></div>`;
    const newsletter = `<div class="box"><h2>Newsletter</h2><p>Get the news of the harbour every week in your inbox, with the sailing times and the fish market's prices.</p></div>`;
    const text = pruned(`<main><h1>Harbour Builder</h1>${prose(2)}${links}${newsletter}</main>`, false);
    expect(text).not.toContain('lighthouses');
    expect(text).not.toContain('sailing times');
  });
});

describe('the passes read the page as the earlier passes left it', () => {
  it('finds the elements of every pass at any depth, and skips what an earlier pass removed', () => {
    const text = pruned(`<div><div><article><h1>Title</h1>${prose(6)}
      <div><div><p><time>Updated Nov 19, 9:41 AM</time></p></div></div>
      <section><div><h6>Related</h6><ul><li><a href="/a">Another story</a></li><li><a href="/b">And another</a></li></ul></div></section>
      <ol><li><a href="#one">One</a></li><li><a href="#two">Two</a></li><li><a href="#three">Three</a></li></ol>
      </article></div><aside><p>Beside the story</p></aside></div>
      <div class="share"><h2>Related</h2><p>Subscribe to our newsletter</p></div>
      <footer><p>Site footer</p></footer>`);
    expect(text).toContain('Paragraph 6');
    expect(text).not.toMatch(/9:41|Another story|Related|#one|One|Beside the story|Subscribe|Site footer/);
  });

  it('leaves a block a caption rule replaced to its new place', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body><article><h1>T</h1>${prose(4)}
      <figure><img src="a.jpg"><div class="wp-caption-text"><p>The harbour at dawn.</p></div></figure></article></body></html>`);
    pruneBoilerplate(doc, true);
    expect(doc.querySelector('figcaption')?.textContent).toContain('The harbour at dawn.');
  });
});

describe("a site's own cookie banner", () => {
  it('goes when its class says cookies or gdpr, as it does when its class or id says cookie or consent', () => {
    for (const names of ['class="gdpr-banner gdpr-banner--slideup"', 'class="accept_cookies_banner"']) {
      const text = pruned(`<div ${names}><p>We use cookies and other technologies. If you agree and click "Accept all", 24 partners will store cookies on your device.</p></div><article>${prose(4)}</article>`, false);
      expect(text).toContain('Paragraph 4');
      expect(text).not.toContain('We use cookies');
    }
  });

  it('keeps a section whose id names its topic, cookies', () => {
    const text = pruned(`<article><section id="cookies"><h3>Cookies</h3><p>To access cookies you can use the cookies attribute of the request object.</p></section>${prose(4)}</article>`);
    expect(text).toContain('To access cookies');
  });
});

describe('link lines titling a picture', () => {
  const item = (i: number, titleHref: string): string =>
    `<p><a href="/project-${i}"><img src="p${i}.jpg" alt=""></a></p><p><a href="${titleHref}">Garden Bench Number ${i}</a></p>`;

  it('keeps a link line leading where the picture above it leads: the name of a roundup item', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(4)}${item(1, '/project-1')}${item(2, '/project-2')}</article>`);
    expect(text).toContain('Garden Bench Number 1');
    expect(text).toContain('Garden Bench Number 2');
  });

  it('still drops a link line leading elsewhere than the picture beside it', () => {
    const text = pruned(`<article><h1>Title</h1>${prose(4)}${item(1, '/other-story')}</article>`);
    expect(text).not.toContain('Garden Bench Number 1');
  });
});

describe('headers of an article\'s sections', () => {
  const page = `<header class="site"><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/blog">Blog</a> <form><label>Search the site for posts</label></form></header>
    <article><h1>Set up your desk</h1>${prose(2)}
    <header><div>Setup step #1</div><h3>Sit up straight</h3></header>${prose(2)}
    <header><h2>Keep your screen at arm's length</h2></header>${prose(2)}</article>`;

  it('keep a header holding a heading and a label, in an article', () => {
    const text = pruned(page);
    expect(text).toContain('Setup step #1');
    expect(text).toContain("Keep your screen at arm's length");
    expect(text).not.toContain('Search the site');
  });

  it('leave a header with more than a label beside its heading to the band rule', () => {
    expect(pruned(page.replace('<div>Setup step #1</div>', '<p>Our newsletter brings tips every week</p>'))).not.toContain('Sit up straight');
  });
});
