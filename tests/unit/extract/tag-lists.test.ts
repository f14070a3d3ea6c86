import { describe, expect, it } from 'vitest';
import { removeTagLists } from '../../../src/core/extract/tag-lists';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const story = '<p>The season opens in March at the old circuit, and the calendar may still change before then.</p>';

function content(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><body><div id="content">${story}${html}</div></body></html>`).getElementById('content')!;
}

describe('the article’s list of tags', () => {
  it('goes with its label: links marked rel="tag" and little else', () => {
    const el = content('<p><strong>Tags<br><a rel="tag" href="/tag/racing">racing</a>, <a rel="tag" href="/tag/calendar">calendar</a>, <a rel="category tag" href="/news">news</a></strong></p>');
    removeTagLists(el);
    expect(el.textContent).not.toContain('Tags');
    expect(el.textContent).not.toContain('calendar,');
    expect(el.querySelectorAll('p')).toHaveLength(1);
  });

  it('stays when the block also holds other links or prose: a tag link inside the text', () => {
    const inText = content('<p>Read more about <a rel="tag" href="/tag/racing">racing</a> and <a rel="tag" href="/tag/f1">Formula 1</a> in our long-running series of guides to the season, which covers every circuit.</p>');
    removeTagLists(inText);
    expect(inText.textContent).toContain('Formula 1');
    const mixed = content('<div>Filed under <a rel="tag" href="/tag/racing">racing</a>, <a rel="tag" href="/tag/f1">f1</a>, <a href="/about">about us</a></div>');
    removeTagLists(mixed);
    expect(mixed.textContent).toContain('about us');
  });

  it('needs two tags: a single tag link is a link like any other', () => {
    const el = content('<p><a rel="tag" href="/tag/racing">racing</a></p>');
    removeTagLists(el);
    expect(el.textContent).toContain('racing');
  });

  it('also goes when its links are unmarked but lead to the site’s tag pages', () => {
    const el = content('<div class="post-tags"><h2>Tags</h2><a href="/tag/airfare">airfare</a>, <a href="https://example.com/tags/booking/">booking</a>, <a href="/tag/airlines">airlines</a></div>');
    removeTagLists(el);
    expect(el.textContent).not.toContain('airfare');
    expect(el.textContent).not.toContain('Tags');
    expect(el.textContent).toContain('The season opens');
  });

  it('keeps links whose path only starts like a tag page ("/tagline", "/vintage/")', () => {
    const el = content('<p><a href="/tagline-ideas">Tagline ideas</a> and <a href="/vintage/cars">vintage cars</a></p>');
    removeTagLists(el);
    expect(el.textContent).toContain('Tagline ideas');
  });
});
