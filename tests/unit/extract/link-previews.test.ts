import { describe, expect, it } from 'vitest';
import { replaceLinkPreviews } from '../../../src/core/extract/link-previews';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

// A post as XenForo prints it when its author pasted a link: the engine unfolds the link into a card.
const post = `<div class="bbWrapper">Same tier, same performance; pick by looks and fan curves.<br>
  <div class="bbCodeBlock bbCodeBlock--unfurl js-unfurl fauxBlockLink"><div class="contentRow">
    <div class="contentRow-figure js-unfurl-figure"><img src="/proxy/title.jpg" alt="example.com"></div>
    <div class="contentRow-main"><h3 class="contentRow-header js-unfurl-title"><a href="https://example.com/review">Graphics card review</a></h3>
      <div class="contentRow-snippet js-unfurl-desc">The card comes with fans that pop out without any tools, and overclocks well.</div>
      <div class="contentRow-minor"><span class="js-unfurl-favicon"></span>example.com</div></div></div></div></div>`;

const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a link preview in a post', () => {
  it('is replaced by its link', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body>${post}</body></html>`);
    replaceLinkPreviews(doc.body);
    expect(text(doc.body)).toBe('Same tier, same performance; pick by looks and fan curves. Graphics card review');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://example.com/review');
  });

  it('goes when it has no link; blocks merely named after one of its parts stay', () => {
    const doc = parseWithLinkedom(`<!doctype html><html><body><div class="js-unfurl">A card without its link.</div><p class="unfurl-help">How links unfold in posts.</p></body></html>`);
    replaceLinkPreviews(doc.body);
    expect(text(doc.body)).toBe('How links unfold in posts.');
  });
});
