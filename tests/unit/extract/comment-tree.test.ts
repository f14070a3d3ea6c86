import { describe, expect, it } from 'vitest';
import { commentTree } from '../../../src/core/extract/comment-tree';
import { extractContent } from '../../../src/core/extract/extract-content';
import { mainContainer, measureText } from '../../../src/core/extract/main-container';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// A link aggregator's thread: a post whose text is mostly links (a changelog),
// then comments whose replies sit inside the comment they answer.
const changelog = Array.from({ length: 8 }, (_, n) => `<li><a href="/pr/${n}">Fix the release script for the nightly builds (#${n})</a></li>`).join('');
const post = `<article id="post"><h2>Development update</h2><p>What we worked on in the past two weeks, so that everyone can follow without reading the code.</p><ul>${changelog}</ul></article>`;
const comment = (author: string, text: string, replies = ''): string =>
  `<li class="comment"><div class="comment-body"><a href="/u/${author}">${author}</a><p>${text}</p></div>${replies ? `<ul class="comments">${replies}</ul>` : ''}</li>`;
const long = 'Voting only from local accounts keeps alternate accounts on other servers from burying a thread, and keeps votes anonymous. '.repeat(4);
const tree = `<ul class="comments">${comment('ada', 'Finally, a setting for federated votes.', comment('brunel', long, comment('clara', 'An allowlist of servers would go further.')))}${comment('dora', 'Thanks for the update and your work!')}</ul>`;

const page = (comments: string, aside = ''): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>
  <nav><a href="/">Home</a></nav><div class="thread"><div class="post-listing">${post}</div><div>${comments}</div></div>${aside}</body></html>`);

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

function threadOf(doc: Document): Element | null {
  const weights = measureText(doc.body);
  return commentTree(mainContainer(doc.body, weights), doc.body, weights);
}

describe('a comment of a tree of comments holding most of the text', () => {
  it('is read with the whole tree and the post above it', () => {
    const thread = threadOf(page(tree));
    expect(thread?.className).toBe('thread');
    const content = text(extractContent(page(tree), { isArticle: false })!.content);
    expect(content).toContain('What we worked on in the past two weeks');
    expect(content).toContain('Finally, a setting for federated votes.');
    expect(content).toContain('Thanks for the update and your work!');
  });

  it('is read alone when its comments do not nest (no tree)', () => {
    const flat = `<ul class="comments">${comment('brunel', long)}${comment('dora', 'Thanks for the update and your work!')}</ul>`;
    expect(threadOf(page(flat))).toBeNull();
  });

  it('is read alone when the tree is a small part of the block around it', () => {
    const doc = page(tree);
    doc.querySelector('.post-listing')!.insertAdjacentHTML('beforeend', `<p>${'A long piece of another kind, told in full above the comments. '.repeat(30)}</p>`);
    const weights = measureText(doc.body);
    const brunel = doc.querySelectorAll('li.comment')[1]!;
    expect(commentTree(brunel, doc.body, weights)).toBeNull();
  });

  it('is the whole tree when nothing above it adds text (a link posted without one)', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><nav><a href="/">Home</a></nav>
      <h1><a href="https://elsewhere.example/notes">Release notes</a></h1>${tree}</body></html>`);
    expect(threadOf(doc)?.className).toBe('comments');
  });

  it('is read whole when the winning comment\'s replies look like the posts of a thread', () => {
    const replies = ['brunel', 'clara', 'emil', 'fay'].map((author) => comment(author, long)).join('');
    const busy = `<ul class="comments">${comment('ada', 'Finally, a setting for federated votes.', replies)}${comment('dora', 'Thanks for the update and your work!')}</ul>`;
    const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><nav><a href="/">Home</a></nav>
      <h1><a href="https://elsewhere.example/notes">Release notes</a></h1>${busy}</body></html>`);
    const content = text(extractContent(doc, { isArticle: false })!.content);
    expect(content).toContain('Finally, a setting for federated votes.');
    expect(content).toContain('Thanks for the update and your work!');
  });
});
