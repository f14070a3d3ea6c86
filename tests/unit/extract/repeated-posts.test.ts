import { describe, expect, it } from 'vitest';
import { gatherPosts, postList, repeatedPosts } from '../../../src/core/extract/repeated-posts';
import { extractContent } from '../../../src/core/extract/extract-content';
import { mainContainer, measureText } from '../../../src/core/extract/main-container';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// A post as SMF-like engines print it, without microdata: a user panel beside
// the post area, the body nested a few levels down.
const post = (author: string, date: string, text: string, outer = 'windowbg'): string => `
  <div class="${outer}"><div class="post_wrapper">
    <div class="poster"><h4>${author}</h4><ul><li>Posts: 1,204</li></ul></div>
    <div class="postarea"><div class="keyinfo"><a class="smalltext">${date}</a></div>
      <div class="post"><div class="inner">${text}</div></div></div>
  </div></div>`;

const long = 'The first reply goes into the details: which blade, which fence, how to square the cut, and why it matters for joinery later on. '.repeat(6);
const replies = [
  post('ada', 'June 4, 2026', 'Which saw should I buy first for a small workshop? I have room for one machine.'),
  post('brunel', 'June 5, 2026', long),
  post('clara', 'June 6, 2026', 'A good hand saw first, then a table saw once you know what you build most.'),
  post('dora', 'June 7, 2026', 'Agreed with clara: learn to sharpen it, and keep the teeth covered when it hangs on the wall.'),
].join('');

const page = (thread: string, extra = ''): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>
  <div id="forumposts"><h1>First saw for a small workshop</h1>${thread}</div>${extra}</body></html>`);

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function postsOf(doc: Document): Element[] | null {
  const weights = measureText(doc.body);
  return repeatedPosts(mainContainer(doc.body, weights), doc.body, weights);
}

describe('a thread without microdata whose longest post holds most of the text', () => {
  it('is read as all its posts, in page order, with their authors and dates', () => {
    const doc = page(replies);
    const posts = postsOf(doc);
    expect(posts?.map((p) => text(p.querySelector('h4')!))).toEqual(['ada', 'brunel', 'clara', 'dora']);
    const thread = text(gatherPosts(posts!, doc));
    expect(thread).toMatch(/^ada ?Posts: 1,204 June 4, 2026 Which saw/);
    expect(thread).toMatch(/keep the teeth covered when it hangs on the wall\.$/);
  });

  it('is the content of a page that is not an article; an article keeps its best block', () => {
    expect(text(extractContent(page(replies), { isArticle: false })!.content)).toContain('A good hand saw first');
    expect(text(extractContent(page(replies), { isArticle: true })!.content)).not.toContain('A good hand saw first');
  });

  it('is not gathered when the blocks around carry no word of a post (a run of cards)', () => {
    const cards = replies.replace(/class="post"/g, 'class="card"').replace(/post(area|_wrapper)/g, 'card$1');
    expect(postsOf(page(cards))).toBeNull();
  });

  it('is not gathered when the other posts add little to the longest one', () => {
    const thread = [post('brunel', 'June 5, 2026', long), post('clara', 'June 6, 2026', 'Thanks!')].join('');
    expect(postsOf(page(thread))).toBeNull();
  });

  it('is not gathered when the posts are a small part of the page (comments under a longer piece)', () => {
    const piece = `<div class="story">${'A long story of another shape, told in full before the comments. '.repeat(60)}</div>`;
    const doc = page(replies, piece);
    const weights = measureText(doc.body);
    const brunel = doc.querySelectorAll('div.inner')[1]!;
    expect(repeatedPosts(brunel, doc.body, weights)).toBeNull();
  });
});

// A thread as XenForo 1 prints it: the list of posts is the block with most
// text, each post an item named "message", the first one short.
const item = (author: string, text: string): string => `<li class="message"><div class="messageUserInfo">
  <a href="/members/${author}"><img src="/avatars/${author}.jpg" alt=""></a><h3><a href="/members/${author}">${author}</a></h3>
  <dl><dt>Messages:</dt><dd><a href="/search/${author}">3</a></dd></dl><dl><dt>Trophy Points:</dt><dd><a href="/trophies/${author}">5</a></dd></dl></div>
  <div class="messageInfo"><a href="/posts/${author}">#1</a><blockquote class="messageText">${text}</blockquote></div></li>`;
const list = (items: string[], extra = ''): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>
  <div id="content"><ol class="messageList">${items.join('')}<li>Thread starter ada, Start date June 4, 2026, Watchers 12</li></ol></div>${extra}</body></html>`);
const messages = [
  item('ada', 'Do forums still have a role today?'),
  item('brunel', long),
  item('clara', long.replace(/first reply/g, 'second reply')),
];

describe('a thread whose posts are the children of the block with most text', () => {
  it('is read as those posts, the short first one included, without the other items of the list', () => {
    const doc = list(messages);
    const weights = measureText(doc.body);
    const posts = postList(mainContainer(doc.body, weights), weights);
    expect(posts?.map((p) => text(p.querySelector('h3')!))).toEqual(['ada', 'brunel', 'clara']);
    const content = text(extractContent(list(messages), { isArticle: false })!.content);
    expect(content).toContain('Do forums still have a role today?');
    expect(content).toContain('The second reply');
    expect(content).not.toContain('Thread starter');
  });

  it('is not read so when the items carry no word of a post (a list of cards), or hold little of the block', () => {
    const cards = list(messages.map((m) => m.replace('class="message"', 'class="card"')));
    const cardWeights = measureText(cards.body);
    expect(postList(mainContainer(cards.body, cardWeights), cardWeights)).toBeNull();
    const doc = list([item('ada', 'Short.'), item('brunel', 'Also short.')]);
    const block = doc.querySelector('ol')!;
    block.insertAdjacentHTML('beforeend', `<li class="intro">${long}</li>`);
    expect(postList(block, measureText(doc.body))).toBeNull();
  });

  it('is not read so when the items are mostly links (cards teasing posts on other pages)', () => {
    const card = (n: number): string => `<div class="post-card"><h3><a href="/blog/${n}">How we rebuilt the build pipeline, part ${n}: caching, sharding and retries</a></h3><p>Notes from our team.</p></div>`;
    const doc = parseWithLinkedom(`<!doctype html><html><body><div class="feed">${[1, 2, 3, 4].map(card).join('')}</div></body></html>`);
    const feed = doc.querySelector('.feed')!;
    expect(postList(feed, measureText(doc.body))).toBeNull();
    feed.querySelectorAll('a').forEach((a) => a.replaceWith(...Array.from(a.childNodes)));
    expect(postList(feed, measureText(doc.body))).toHaveLength(4);
  });
});
