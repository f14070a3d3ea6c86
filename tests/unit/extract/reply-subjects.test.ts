import { describe, expect, it } from 'vitest';
import { removeReplySubjects } from '../../../src/core/extract/reply-subjects';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

function cleaned(body: string): string {
  const doc = parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body><div id="thread">${body}</div></body></html>`);
  const content = doc.getElementById('thread')!;
  removeReplySubjects(content);
  return content.textContent ?? '';
}

describe("the subjects of a thread's replies", () => {
  it('go when a heading or the link to the post gives them; the posts stay', () => {
    const text = cleaned(`
      <div class="post"><h3><a href="#p1">Turning off the LEDs of a board that is quite new</a></h3><p>How do I turn them off?</p></div>
      <div class="post"><h3><a href="#p2">Re: Turning off the LEDs of a board that is quite new</a></h3><p>Set it in config.txt.</p></div>
      <div class="post"><div class="subject"><a href="#p3">Re: Turning off the LEDs</a></div><p>Re: your question, see the docs.</p></div>`);
    expect(text).not.toMatch(/Re: Turning/);
    expect(text).toContain('Turning off the LEDs of a board that is quite new');
    expect(text).toContain('Set it in config.txt.');
    expect(text).toContain('Re: your question, see the docs.');
  });

  it('stay outside posts, and as a link within a sentence', () => {
    const text = cleaned(`<h3>Re: Enchanted, the album</h3>
      <div class="post"><p>Read <a href="/t/9">Re: Turning off the LEDs</a> first.</p></div>`);
    expect(text).toContain('Re: Enchanted, the album');
    expect(text).toContain('Re: Turning off the LEDs');
  });
});
