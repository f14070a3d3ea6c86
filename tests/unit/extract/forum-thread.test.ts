import { describe, expect, it } from 'vitest';
import { gatherThread, threadPosts } from '../../../src/core/extract/forum-thread';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const SCHEMA = 'https://schema.org';

// A post as forum engines mark it up: author and date, the body, then chrome.
const post = (type: string | null, author: string, date: string, text: string, extra = '', classes = 'message'): string => `
  <article class="${classes}"${type ? ` itemscope itemtype="${SCHEMA}/${type}"` : ''}>
    <div class="user-panel"><span itemprop="author" itemscope itemtype="${SCHEMA}/Person"><a itemprop="name">${author}</a></span>
      <span class="user-title">Senior member</span> <span class="post-count">Posts: 4,512</span></div>
    <time datetime="2026-03-01">${date}</time>
    <div class="message-body"><div ${type ? 'itemprop="text"' : ''}>${text}</div>${extra}</div>
    <div class="actions"><a href="#r">Reply</a> <a href="#q">Quote</a> <a href="#x">Report</a> <span>12 likes</span></div>
  </article>`;

const page = (thread: string, aside = ''): Document => parseWithLinkedom(`<!doctype html><html><head><title>A thread</title></head><body>
  <header><a href="/">Forum home</a></header><main><h1>Which saw for a first workshop?</h1>${thread}
  <div class="pagination"><a href="?page=2">Next page</a></div></main>${aside}</body></html>`);

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
// One line per block, as a reader shows them.
const lines = (el: Element): string[] => Array.from(el.querySelectorAll('p, div[itemprop]')).map(text);

describe('a discussion marked up with schema.org microdata', () => {
  const thread = [
    post('DiscussionForumPosting', 'ada', 'March 1, 2026', 'I am setting up a small workshop and wonder which saw to buy first.'),
    post('Comment', 'brunel', 'March 2, 2026', 'A good crosscut hand saw comes first; a table saw can wait.'),
    post('Comment', 'clara', 'March 3, 2026', 'Agreed, and learn to sharpen it.'),
  ].join('');

  it('finds every post in page order, question first', () => {
    const posts = threadPosts(page(thread).body);
    expect(posts?.map((p) => text(p.body))).toEqual([
      'I am setting up a small workshop and wonder which saw to buy first.',
      'A good crosscut hand saw comes first; a table saw can wait.',
      'Agreed, and learn to sharpen it.',
    ]);
  });

  it('keeps author, date and body of each post, without user panels, action links or pagination', () => {
    const doc = page(thread);
    const gathered = gatherThread(threadPosts(doc.body)!, doc);
    expect(lines(gathered)).toEqual([
      'ada · March 1, 2026', 'I am setting up a small workshop and wonder which saw to buy first.',
      'brunel · March 2, 2026', 'A good crosscut hand saw comes first; a table saw can wait.',
      'clara · March 3, 2026', 'Agreed, and learn to sharpen it.',
    ]);
    expect(text(gathered)).not.toMatch(/Senior member|Posts: 4,512|Reply|Quote|Report|12 likes|Next page/);
  });

  it('leaves out a date given as an age, true only on the day the page was saved', () => {
    const aged = [post('Question', 'ada', '6 years, 9 months ago', 'Which saw should I buy first for a small workshop?'), post('Answer', 'brunel', 'March 2, 2026', 'A good crosscut hand saw; a table saw can wait.')].join('');
    const doc = page(aged);
    expect(lines(gatherThread(threadPosts(doc.body)!, doc))).toEqual(['ada', 'Which saw should I buy first for a small workshop?', 'brunel · March 2, 2026', 'A good crosscut hand saw; a table saw can wait.']);
  });

  it('dates a post by the element marked as its publication date when it has no time element, not by a meta', () => {
    const marked = (author: string, date: string, body: string): string => `<li class="postbit" itemscope itemtype="${SCHEMA}/Comment">
      <span class="postdate" itemprop="datePublished"><span class="date">${date}</span></span><meta itemprop="dateModified" content="2024-11-30T10:00">
      <strong itemprop="author">${author}</strong><div class="content" itemprop="text">${body}</div></li>`;
    const doc = page(`<ol class="posts">${marked('HOSTLAR', '11-29-2024, 09:03 AM', 'What do you look for in a web host?')}${marked('1Ali', '11-29-2024, 01:50 PM', 'Phone support.')}</ol>`);
    expect(lines(gatherThread(threadPosts(doc.body)!, doc))).toEqual(['HOSTLAR · 11-29-2024, 09:03 AM', 'What do you look for in a web host?', '1Ali · 11-29-2024, 01:50 PM', 'Phone support.']);
  });

  it('takes in a first post the engine left unmarked, when it has the replies\' shape', () => {
    const bodies = [
      'The question, which this engine describes only in JSON-LD, about the first saw to buy.',
      'A first answer: a crosscut hand saw, and a good square to mark the cuts with.',
      'A second answer: a Japanese pull saw, cheaper and easier to use well at first.',
    ];
    const posts = threadPosts(page([
      `<article class="notice"><div class="message-body"><div>Thread rules: be kind.</div></div></article>`,
      post(null, 'ada', 'March 1, 2026', bodies[0]!, '', 'message message--first'),
      post('Comment', 'brunel', 'March 2, 2026', bodies[1]!),
      post('Comment', 'clara', 'March 3, 2026', bodies[2]!),
    ].join('')).body);
    expect(posts?.map((p) => text(p.body))).toEqual(bodies);
  });

  it("leaves out the thread's header, a block of the posts' shape before them without a post's body", () => {
    const header = `<div id="topic-title"><h2>Which saw for a first workshop?</h2>
      <div class="topic-category"><a href="/c/tools">Tools and Equipment</a> <a href="/tag/saws">saws</a></div></div>`;
    const marked = (type: string, author: string, text: string): string => `<div itemscope itemtype="${SCHEMA}/${type}">
      <div class="topic-body"><span itemprop="author" itemscope itemtype="${SCHEMA}/Person"><span itemprop="name">${author}</span></span>
      <div class="post" itemprop="text"><p>${text}</p></div></div></div>`;
    const posts = threadPosts(page(`<div class="wrap">${header}${marked('DiscussionForumPosting', 'ada', 'Which saw should I buy first for a small workshop?')}${marked('Comment', 'brunel', 'A good crosscut hand saw; a table saw can wait.')}</div>`).body);
    expect(posts?.map((p) => text(p.body))).toEqual(['Which saw should I buy first for a small workshop?', 'A good crosscut hand saw; a table saw can wait.']);
  });

  it('leaves out remarks under a question or an answer on a Q&A page', () => {
    const remark = `<div class="comments"><div itemscope itemtype="${SCHEMA}/Comment"><span itemprop="text">Did you try the manual?</span></div></div>`;
    const question = 'How do I set the blade height on a small table saw bought second hand, without a manual?';
    const answer = 'Turn the wheel at the front: clockwise raises the blade; lock it with the knob in its centre.';
    const posts = threadPosts(page([
      post('Question', 'ada', 'March 1, 2026', question, remark),
      post('Answer', 'brunel', 'March 2, 2026', answer, remark),
    ].join('')).body);
    expect(posts?.map((p) => text(p.body))).toEqual([question, answer]);
  });

  it('is not a thread with a single marked post (an article with its own microdata)', () => {
    expect(threadPosts(page(post('DiscussionForumPosting', 'ada', 'March 1, 2026', 'Alone.')).body)).toBeNull();
  });

  it('is not a thread when only answers are marked (a FAQ)', () => {
    const faq = [1, 2, 3].map((i) => `<div itemscope itemtype="${SCHEMA}/Question"><h3 itemprop="name">Question ${i}?</h3>
      <div itemprop="acceptedAnswer" itemscope itemtype="${SCHEMA}/Answer"><p itemprop="text">Answer ${i}, long enough to be read as a post of its own.</p></div></div>`).join('');
    expect(threadPosts(page(faq).body)).toBeNull();
  });

  it('is not a thread when the posts are a small part of the page (a product\'s questions)', () => {
    const description = `<div class="description">${'A cordless saw with a brushless motor, two batteries and a case. '.repeat(40)}</div>`;
    expect(threadPosts(page(description + thread).body)).toBeNull();
  });

  it('gives the thread as the content of a page that is not an article, and leaves articles to the article rules', () => {
    const other = extractContent(page(thread), { isArticle: false });
    expect(lines(other!.content)[0]).toBe('ada · March 1, 2026');
    expect(text(other!.content)).toMatch(/Agreed, and learn to sharpen it\.$/);
    const article = extractContent(page(thread), { isArticle: true });
    expect(text(article!.content)).not.toContain('ada · March 1, 2026');
  });
});

describe('the title of a thread read post by post', () => {
  const untitled = (h1s: string): Document => parseWithLinkedom(`<!doctype html><html><head></head><body>${h1s}<main>${[
    post('DiscussionForumPosting', 'ada', 'March 1, 2026', 'I am setting up a small workshop and wonder which saw to buy first.'),
    post('Comment', 'brunel', 'March 2, 2026', 'A good crosscut hand saw comes first; a table saw can wait.'),
  ].join('')}</main></body></html>`);

  it('is the page\'s only h1 when the page declares no title', () => {
    expect(extractContent(untitled('<h1>Which saw  for a first workshop?</h1>'), { isArticle: false })?.title).toBe('Which saw for a first workshop?');
  });

  it('stays empty when several h1s name parts of the page', () => {
    expect(extractContent(untitled('<h1>Forum</h1><h1>Workshop</h1>'), { isArticle: false })?.title).toBe('');
  });
});
