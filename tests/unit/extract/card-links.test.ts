import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { unlinkTeaserText } from '../../../src/core/extract/card-links';
import { measureText } from '../../../src/core/extract/main-container';
import { parseWithLinkedom } from '../../../src/cli/linkedom-window';

const page = (body: string): Document => parseWithLinkedom(`<!doctype html><html><head><title>Science news</title></head><body>${body}</body></html>`);
const teaser = (n: number): string => `<div class="item"><h2><a href="/story-${n}">Lakes lose their ice, story ${n}</a></h2>`
  + `<p><a href="/story-${n}">March ${n}, 2026 • Over half a billion people live by lakes that freeze over in the winter, and the ice now thaws weeks earlier.</a></p></div>`;
const teasers = [1, 2, 3].map(teaser).join('');

describe('a teaser whose description links again to its story', () => {
  it('loses that second link in the container; the title keeps its link, and a lone long link elsewhere is left', () => {
    const doc = page(`<aside><p><a href="/about">${'About our newsroom, its editors and its standards of reporting. '.repeat(2)}</a></p></aside><main>${teasers}</main>`);
    const weights = measureText(doc.body);
    unlinkTeaserText(doc.querySelector('main')!, weights);
    const item = doc.querySelector('.item')!;
    expect(Array.from(item.querySelectorAll('a'), (a) => a.textContent)).toEqual(['Lakes lose their ice, story 1']);
    expect(item.querySelector('p')!.textContent).toContain('Over half a billion people');
    expect(doc.querySelectorAll('aside a')).toHaveLength(1);
    // The measures follow: the teaser's description is plain text now.
    expect(weights.get(item)!.plainChars).toBe(measureText(item).get(item)!.plainChars);
  });

  it('is kept by Readability once unlinked, which drops it as a block of links otherwise', () => {
    const read = (unlink: boolean): string => {
      const doc = page(`<main><h1>Science news</h1><p>${'The latest reporting on the climate, health and space, from our science desk. '.repeat(8)}</p><div class="list">${teasers}</div></main>`);
      if (unlink) unlinkTeaserText(doc.querySelector('main')!, measureText(doc.body));
      return new Readability(doc).parse()?.textContent ?? '';
    };
    expect(read(false)).not.toContain('story 2');
    expect(read(true)).toContain('Over half a billion people live by lakes');
  });
});
