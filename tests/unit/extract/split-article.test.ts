import { describe, expect, it } from 'vitest';
import { continuesArticle } from '../../../src/core/extract/split-article';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const para = (topic: string, i: number): string =>
  `<p>${topic}, point ${i}: a paragraph about the ${topic} with enough words in it to read as prose that a reader came for, not as a label.</p>`;
const item = (topic: string, n: number): string =>
  `<section><h2>${topic}</h2>${Array.from({ length: n }, (_, i) => para(topic, i + 1)).join('')}</section>`;

function element(html: string): Element {
  return parseWithLinkedom(`<!doctype html><html><body><div id="root">${html}</div></body></html>`).getElementById('root')!;
}

describe('an article split across sibling sections', () => {
  const kept = element(item('first tent', 3));

  it('is continued by a container holding the kept section and more prose', () => {
    const container = element(`${item('first tent', 3)}${item('second tent', 3)}${item('third tent', 3)}`);
    expect(continuesArticle(kept, container)).toBe(true);
  });

  it('is not continued by another part of the page that lacks the kept paragraphs', () => {
    const teasers = element(`${item('other story', 3)}${item('another story', 3)}${item('third story', 3)}`);
    expect(continuesArticle(kept, teasers)).toBe(false);
  });

  it('is not continued when the container adds little prose', () => {
    const container = element(`${item('first tent', 3)}<ul><li>Home</li><li>Shop</li></ul>${para('footer note', 1)}`);
    expect(continuesArticle(kept, container)).toBe(false);
  });

  it('counts lists of three or more sentence-long items as prose: steps and checklists', () => {
    const steps = (n: number): string => `<ol>${Array.from({ length: n }, (_, i) => `<li>Step ${i + 1}: check the tyre pressure and the oil level before a long drive.</li>`).join('')}</ol>`;
    const container = element(`${item('first tent', 3)}${para('second tent', 1)}${steps(8)}`);
    expect(continuesArticle(kept, container)).toBe(true);
    // Two such items are not a list of steps: the container adds one paragraph, too little.
    expect(continuesArticle(kept, element(`${item('first tent', 3)}${para('second tent', 1)}${steps(2)}`))).toBe(false);
  });

  it('does not count teasers of other stories as prose: items opening with a link, or cut short', () => {
    const teaser = (i: number): string => `<li><a href="/story-${i}">Headline of another story number ${i}</a> <span>The summary of that story, which goes on for a while before it stops</span></li>`;
    const cutShort = (i: number): string => `<li>Summary of another story number ${i}, which goes on for a while before it is cut...</li>`;
    const list = (make: (i: number) => string): string => `<ul>${Array.from({ length: 8 }, (_, i) => make(i)).join('')}</ul>`;
    expect(continuesArticle(kept, element(`${list(teaser)}${item('first tent', 3)}${para('second tent', 1)}`))).toBe(false);
    expect(continuesArticle(kept, element(`${list(cutShort)}${item('first tent', 3)}${para('second tent', 1)}`))).toBe(false);
  });

  it('needs a paragraph of prose in what Readability kept', () => {
    expect(continuesArticle(element('<h2>Only a heading</h2>'), element(item('first tent', 3)))).toBe(false);
  });
});
