import { describe, expect, it } from 'vitest';
import { copyWithoutNotContent, notContentOf, removeNotContent } from '../../../src/core/extract/not-content';
import { extractContent } from '../../../src/core/extract/extract-content';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// Each teaser: a picture link and a summary link hidden from screen readers, beside the headline's link to the same story.
const teaser = (i: number, summary: string): string => `<article class="teaser">
  <a href="/story/${i}" aria-hidden="true" tabindex="-1"><img src="/p${i}.jpg" alt=""></a>
  <h2><a href="/story/${i}">Story ${i}: the harbour reopens to ferries after the storm</a></h2>
  <p class="summary"><a href="/story/${i}" aria-hidden="true" tabindex="-1">${summary}</a></p></article>`;

const summaries = Array.from({ length: 6 }, (_, i) => `Summary ${i}: the crews worked through the night to clear the quay, and the first boats left at dawn with a full load of passengers.`);
const page = (body: string): string => `<!doctype html><html><head><title>Harbour news</title></head><body><main>${body}</main></body></html>`;

describe('teaser links hidden from screen readers only', () => {
  it('are content when their text is not the shown link to the same address', () => {
    const copy = copyWithoutNotContent(parseWithLinkedom(page(summaries.map((s, i) => teaser(i, s)).join(''))));
    expect(copy.body.textContent).toContain('Summary 3: the crews');
    // Shown to Readability too, which passes over what is hidden from screen readers.
    expect(copy.querySelector('[aria-hidden]')).toBeNull();
  });

  it('go when they repeat the shown link, or when no shown link goes to the same address', () => {
    const repeat = `<h2><a href="/a">A harbour story</a></h2><a href="/a" aria-hidden="true" tabindex="-1">A harbour story</a>`;
    const alone = `<p><a href="/b" aria-hidden="true" tabindex="-1">A carousel slide copied for the loop</a></p><a href="/c">Another page</a>`;
    const doc = parseWithLinkedom(page(repeat + alone));
    expect(notContentOf(doc).filter((el) => el.tagName === 'A')).toHaveLength(2);
    removeNotContent(doc);
    expect(doc.body.textContent).toBe('A harbour storyAnother page');
  });

  it('still lose what is never content inside them', () => {
    const doc = parseWithLinkedom(page(`<h2><a href="/a">A harbour story</a></h2><a href="/a" aria-hidden="true">The ferries run again<svg><text>icon</text></svg></a>`));
    removeNotContent(doc);
    expect(doc.body.textContent).toBe('A harbour storyThe ferries run again');
    expect(doc.querySelector('[aria-hidden]')).toBeNull();
  });

  it("are read with a listing's teasers", () => {
    const text = extractContent(parseWithLinkedom(page(summaries.map((s, i) => teaser(i, s)).join(''))), { isArticle: false, disposable: true })?.content.textContent ?? '';
    expect(text).toContain('Summary 5: the crews');
    expect(text).toContain('Story 5: the harbour');
  });
});
