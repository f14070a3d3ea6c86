import { describe, expect, it } from 'vitest';
import { dropRepeatedQuotes } from '../../../src/core/extract/repeated-quotes';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const first = 'A crosscut hand saw comes first; a table saw can wait until you know what you build and how often you rip boards.';
const point = 'A crosscut hand saw comes first.';
const quote = (text: string): string => `<blockquote class="quote"><div class="quote-title">ada said:</div><div>${text}</div><div class="expand">Click to expand...</div></blockquote>`;
const thread = (quoted: string): string => `<div class="thread">
  <article class="message"><p>ada</p><div class="body"><p>${first}</p><p>${point}</p><p>Sharpen it often.</p></div></article>
  <article class="message"><p>brunel</p><div class="body">${quote(quoted)}<p>Agreed, though a good used table saw is cheap these days and saves a lot of time.</p></div></article>
</div>`;

const page = (body: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('quotes of text the content already holds', () => {
  it('go: a reply quoting an earlier post of the page repeats it', () => {
    const doc = page(thread(first));
    dropRepeatedQuotes(doc.body);
    expect(doc.querySelectorAll('blockquote')).toHaveLength(0);
    expect(text(doc.body).split(first)).toHaveLength(2);
    expect(text(doc.body)).toContain('Agreed, though');
  });

  it('stay when they quote what the page does not hold (a post on another page, a source)', () => {
    const doc = page(thread('The manual says the riving knife must stay on for every rip cut, without exception.'));
    dropRepeatedQuotes(doc.body);
    expect(text(doc.body)).toContain('riving knife');
  });

  it('stay when they quote a line or two: the point the reply answers', () => {
    const doc = page(thread(point));
    dropRepeatedQuotes(doc.body);
    expect(doc.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('stay when too short to tell where they come from', () => {
    const doc = page(thread('Sharpen it often.'));
    dropRepeatedQuotes(doc.body);
    expect(doc.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('go on pages that are not articles; an article keeps its pull quotes', () => {
    const pull = `<article><h1>Saws</h1>${Array.from({ length: 6 }, () => `<p>${first} Many readers asked us about this, so here is the longer answer.</p>`).join('')}
      <blockquote>${first}</blockquote></article>`;
    expect(extractContent(page(pull), { isArticle: true })!.content.querySelector('blockquote')).not.toBeNull();
    expect(extractContent(page(thread(first)), { isArticle: false })!.content.querySelector('blockquote')).toBeNull();
  });
});
