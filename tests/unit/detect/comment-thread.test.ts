import { describe, expect, it } from 'vitest';
import { isArticle } from '../../../src/core/detect/is-article';
import { pageSignals } from '../../../src/core/detect/page-signals';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const url = 'https://news.example/2026/03/03/the-council-votes-the-new-budget-after-a-long-debate';
const page = (body: string) => parseWithLinkedom(`<!doctype html><html><head><title>The council votes the budget – Daily</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-03T10:00:00Z"></head><body>${body}</body></html>`);
const sentence = 'The council met on Tuesday evening and voted the new budget after a long debate on schools and roads.';
const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${sentence}</p>`).join('');

/** A comment with its byline chrome and, nested in it, `depth` levels of replies. */
function comment(depth: number): string {
  const replies = depth ? `<ul class="children">${comment(depth - 1)}</ul>` : '';
  return `<li class="comment depth-${depth}"><div class="comment-meta"><a href="/u/ann">ann</a> <time>2 hours ago</time> <a href="#r">reply</a></div>`
    + `<div class="comment-body"><p>I think ${sentence.toLowerCase()} And I said so at the meeting.</p></div>${replies}</li>`;
}
const tree = (threads: number, depth: number) => `<ol class="comments">${Array.from({ length: threads }, () => comment(depth)).join('')}</ol>`;
const story = (post: string, comments: string) =>
  `<article><h1>The council votes the budget</h1><p class="byline">By Ann Lee · <time datetime="2026-03-03">3 March 2026</time></p>${post}</article><section id="comments">${comments}</section>`;

describe('comment thread under a short post', () => {
  it('says no to a tree of replies under a two-line summary, whatever the story metadata says', () => {
    const thread = page(story(paragraphs(2), tree(6, 3)));
    expect(pageSignals(thread, url).commentThread).toBe(true);
    expect(isArticle(thread, url)).toBe(false);
  });

  it('keeps an article whose text outweighs the page chrome, however long its comment tree', () => {
    const article = page(story(paragraphs(30), tree(6, 3)));
    expect(pageSignals(article, url).commentThread).toBe(false);
    expect(isArticle(article, url)).toBe(true);
  });

  it('needs replies nested in comments: flat comments under a short post are not a tree', () => {
    expect(pageSignals(page(story(paragraphs(2), tree(12, 0))), url).commentThread).toBe(false);
    expect(pageSignals(page(story(paragraphs(2), tree(2, 1))), url).commentThread).toBe(false);
  });
});
