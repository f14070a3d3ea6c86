import { describe, expect, it } from 'vitest';
import { gatherPosts, repeatedPosts } from '../../../src/core/extract/repeated-posts';
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
