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

  it('needs a paragraph of prose in what Readability kept', () => {
    expect(continuesArticle(element('<h2>Only a heading</h2>'), element(item('first tent', 3)))).toBe(false);
  });
});
