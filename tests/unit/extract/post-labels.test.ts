import { describe, expect, it } from 'vitest';
import { removePostLabels } from '../../../src/core/extract/post-labels';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const post = (who: string, text: string): string => `<div class="post">
  <div class="post-meta"><div>${who}</div><div>3 years, 2 months ago</div><div>Posts: 1,204</div><div>Original poster</div></div>
  <div class="post-body"><div>Quote:</div><blockquote>Measure twice.</blockquote><p>${text}</p></div>
  <ul class="post-links"><li><a href="#v">Print view</a></li><li><a href="#r">Reply</a></li><li><a href="#q">Quote</a></li><li><a href="#p">Permalink</a></li></ul></div>`;

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div id="thread">${body}</div></body></html>`);
  const content = doc.getElementById('thread')!;
  removePostLabels(content);
  return content.textContent ?? '';
}

describe("a thread's label lines", () => {
  it('go from its posts: actions, badges, age and counts; the author and the text stay', () => {
    const text = cleaned(post('ada', 'Sand with the grain first.') + post('bob', 'Reply to the seller before you pay.'));
    expect(text).not.toMatch(/Permalink|Quote|Print view|Original poster|Posts: 1,204|years, 2 months ago|^\s*Reply\s*$/m);
    expect(text).toContain('ada');
    expect(text).toContain('Measure twice.');
    expect(text).toContain('Reply to the seller before you pay.');
  });

  it('stay outside posts, where "Share" or "2 days ago" may be an item\'s', () => {
    const text = cleaned('<ul class="items"><li><a href="/a">Share</a></li><li>2 days ago</li></ul>');
    expect(text).toContain('Share');
    expect(text).toContain('2 days ago');
  });

  it("go with a user panel's field names and the counts after them, and with post numbers and short ages", () => {
    const panel = (who: string, n: number, count: string, text: string): string => `<div class="message">
      <div class="message-user"><div>${who}</div><dl><dt>Messages:</dt><dd>${count}</dd></dl><dl><dt>Trophy Points:</dt><dd>57</dd></dl></div>
      <div class="message-main"><div><a href="#post-${n}">#${n}</a></div><div>2y</div><div class="message-body"><p>${text}</p></div></div></div>`;
    const text = cleaned(panel('ada', 3, '1,204', 'Oil the blade after use.') + panel('bob', 12, '88', 'Store it dry.'));
    expect(text).not.toMatch(/Messages:|Trophy Points:|1,204|88|57|#3|#12|2y/);
    expect(text).toMatch(/ada[\s\S]*Oil the blade after use\.[\s\S]*bob[\s\S]*Store it dry\./);
  });

  it("go as the engine's vote bars, thread counters, notices and attachment counters", () => {
    const text = cleaned(`<div class="post"><div>Featured Replies</div><div>Replies 12</div><div>Views 1.9k</div>
      <div class="message-body"><p>Clean the fans first.</p><div>(95.79 KiB) Downloaded 478 times</div></div>
      <div>Upvote 0 Downvote</div><div>3 months later...</div><div>Advertisement - Members don't see this ad</div>
      <div>Not open for further replies.</div><div>1 person likes this.</div></div>`);
    expect(text.replace(/\s+/g, ' ').trim()).toBe('Clean the fans first.');
  });

  it("go as a count alone on a line (votes, reactions) and as a quote's header", () => {
    const text = cleaned(`<div class="post"><div class="votes"><div>22</div></div><div class="post-body">
      <div class="quote"><div>Originally Posted by ada</div><div>Which host?</div></div><p>The second one.</p><div>1,204</div></div></div>`);
    expect(text).not.toMatch(/22|Originally Posted|1,204/);
    expect(text).toMatch(/Which host\?[\s\S]*The second one\./);
  });

  it("go as a long quote's toggle even outside a post's named blocks (the content may be one post's body)", () => {
    const text = cleaned(`<div class="bbWrapper"><blockquote><div>ada said:</div><div>Sand with the grain first, always.</div>
      <div class="expandLink"><a role="button">Click to expand...</a></div></blockquote><div>Agreed.</div></div>`);
    expect(text).not.toContain('Click to expand');
    expect(text).toContain('Sand with the grain first, always.');
  });

  it('keep a count in a table, a field name followed by prose, and a rank that is not a link', () => {
    const text = cleaned(`<div class="post"><div>Location:</div><div>Near the old mill, by the river.</div><table><tr><td>12</td></tr></table><div>#3</div></div>`);
    expect(text).toContain('Near the old mill, by the river.');
    expect(text).toContain('12');
    expect(text).toContain('#3');
  });

  it("go as an age printed apart on the author's line; an age in a sentence stays", () => {
    const text = cleaned(`<div class="msg"><div class="msg_infobox"><a class="name">longintonin</a> <span class="post_time">2 years ago</span> <a href="#8">#8</a></div>
      <div class="msg_body">I got mine <span>3 years ago</span> and it still works.</div></div>`);
    expect(text).toContain('longintonin');
    expect(text).not.toContain('2 years ago');
    expect(text).toContain('I got mine 3 years ago and it still works.');
  });

  it("go as a comment's score, count of replies and fold toggle beside its author; a score in a sentence stays", () => {
    const text = cleaned(`<div class="comment"><p class="tagline"><a class="expand">[–]</a> <a class="author">surlier</a>
      <span class="score">18 points</span> <a class="numchildren">(0 children)</a></p>
      <div class="md"><p>Our team scored <span>18 points</span> in the final.</p></div></div>`);
    expect(text).toContain('surlier');
    expect(text).not.toMatch(/\[–\]|children|18 points\s*\(/);
    expect(text).toContain('Our team scored 18 points in the final.');
  });

  it('go as the short form of a date printed beside its long one ("1 yr"); a duration in minutes stays', () => {
    const text = cleaned(`<article class="post"><span class="date"><time><span class="long">June 14, 2024</span><span class="short">1 yr</span></time></span>
      <span class="duration">33 min</span><div class="post-body"><p>Thanks to all the moderators.</p></div></article>`);
    expect(text).toContain('June 14, 2024');
    expect(text).not.toContain('1 yr');
    expect(text).toContain('33 min');
  });
});

